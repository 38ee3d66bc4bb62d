"""bfloat16 matrix products with a float32 residual stream, for CPUs with native bf16.

Casting a whole model to bfloat16 (weights, activations, layer norms) is fast but
rounds the residual stream at every layer; vectors drift (cosine ~0.9999 to fp32) and
close neighbours swap places. Here only the linear layers compute in bfloat16: their
outputs go back to float32 before they are added to the residual stream and
normalised, except where they feed attention or the activation function directly
(there bfloat16 costs no measurable accuracy and saves casting the widest tensors).
bench/embed.py measures speed and agreement with fp32.
"""

from __future__ import annotations

import torch
from torch import nn

# Linear layers whose output only feeds attention scores or the feed-forward
# activation, by the names BERT-family encoders (MiniLM, BERT, RoBERTa) give them.
_STAYS_BF16 = ("query", "key", "value", "intermediate.dense")


class Bf16Linear(nn.Module):
    """A linear layer that multiplies in bfloat16."""

    def __init__(self, linear: nn.Linear, *, float32_output: bool) -> None:
        super().__init__()
        self.weight = nn.Parameter(linear.weight.detach().to(torch.bfloat16), requires_grad=False)
        self.bias = (
            nn.Parameter(linear.bias.detach().to(torch.bfloat16), requires_grad=False)
            if linear.bias is not None
            else None
        )
        self.float32_output = float32_output

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        out = nn.functional.linear(x.to(torch.bfloat16), self.weight, self.bias)
        return out.float() if self.float32_output else out


def bf16_matmuls(model: nn.Module) -> int:
    """Swap every linear layer of ``model`` for a bfloat16 one, in place; returns
    how many were swapped."""
    swapped = 0
    for parent_name, parent in list(model.named_modules()):
        for name, child in list(parent.named_children()):
            if not isinstance(child, nn.Linear):
                continue
            full_name = f"{parent_name}.{name}" if parent_name else name
            setattr(
                parent,
                name,
                Bf16Linear(child, float32_output=not full_name.endswith(_STAYS_BF16)),
            )
            swapped += 1
    return swapped
