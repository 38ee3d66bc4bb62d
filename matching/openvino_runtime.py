"""A sentence-transformers model's transformer run by OpenVINO in float32.

On CPUs without native bfloat16 (AVX2 only), float32 is the only precision that
keeps vectors where they were: int8 weights alone (per channel) move a tenth of the
demo community's top-10 neighbour sets. OpenVINO's float32 kernels encode about 1.2
times faster than torch's on such CPUs at cosine 1.0000 to torch's vectors
(bench/embed.py). The transformer is converted from the loaded torch model when the
backend loads (a few seconds, once per process); tokenising and the model's own
pooling and normalising modules stay those of sentence-transformers.
"""

from __future__ import annotations

import warnings
from typing import Any

import numpy as np
import torch

# The inputs BERT-family encoders take, in the order the tokenizer may give them.
_INPUT_NAMES = ("input_ids", "attention_mask", "token_type_ids")


class OpenVINOEncoder:
    """Encodes texts like ``SentenceTransformer.encode`` with the transformer in OpenVINO."""

    def __init__(self, model: Any) -> None:
        import openvino as ov

        self.model = model
        self.modules_after = list(model.children())[1:]
        example = model.preprocess(["an example", "a second, longer example text"])
        self.input_names = [name for name in _INPUT_NAMES if name in example]
        transformer = model[0].auto_model
        with warnings.catch_warnings(), torch.inference_mode():
            # Tracing warns about Python control flow it freezes (shape checks that
            # hold for every input); the converted graph keeps dynamic batch and length.
            warnings.simplefilter("ignore")
            converted = ov.convert_model(
                transformer, example_input={name: example[name] for name in self.input_names}
            )
        # Two streams of one thread each keep both cores busy on small batches;
        # float32 is asked for explicitly, as OpenVINO picks bf16 on CPUs that have it.
        self.compiled = ov.Core().compile_model(
            converted, "CPU", {"PERFORMANCE_HINT": "THROUGHPUT", "INFERENCE_PRECISION_HINT": "f32"}
        )
        self.requests = max(1, int(self.compiled.get_property("OPTIMAL_NUMBER_OF_INFER_REQUESTS")))

    def encode(self, texts: list[str], *, batch_size: int) -> torch.Tensor:
        """Sentence embeddings for ``texts``, in their order, as the model's modules make them."""
        import openvino as ov

        # Longest first, as sentence-transformers does: batches of similar length pad least.
        order = np.argsort([-len(text) for text in texts], kind="stable")
        batches: list[tuple[np.ndarray, dict[str, Any]]] = []
        for start in range(0, len(texts), batch_size):
            indices = order[start : start + batch_size]
            batches.append((indices, self.model.preprocess([texts[i] for i in indices])))
        hidden: list[np.ndarray | None] = [None] * len(batches)
        queue = ov.AsyncInferQueue(self.compiled, self.requests)

        def done(request: Any, number: int) -> None:
            hidden[number] = request.get_output_tensor(0).data.copy()

        queue.set_callback(done)
        for number, (_, features) in enumerate(batches):
            queue.start_async({name: features[name].numpy() for name in self.input_names}, number)
        queue.wait_all()

        out: list[torch.Tensor] = [torch.empty(0)] * len(texts)
        with torch.inference_mode():
            for (indices, features), token_embeddings in zip(batches, hidden, strict=True):
                features["token_embeddings"] = torch.from_numpy(token_embeddings)
                for module in self.modules_after:
                    features = module(features)
                for i, vector in zip(indices, features["sentence_embedding"], strict=True):
                    out[i] = vector
        return torch.stack(out)
