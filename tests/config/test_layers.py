"""The apps depend one way, and `make lint` (lint-imports) says so when one does not."""

import shutil
import subprocess
import sys
from pathlib import Path

from challenges.listeners import challenge_listeners
from matching.listeners import MatchingChallengeListener, MatchingMemberListener
from members.listeners import member_listeners

BASE_DIR = Path(__file__).resolve().parents[2]
APPS = ("core", "members", "challenges", "matching", "cms", "config", "demo")
LINT_IMPORTS = str(Path(sys.executable).with_name("lint-imports"))


def _lint_imports(cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [LINT_IMPORTS, "--no-cache"], cwd=cwd, capture_output=True, text=True, timeout=300
    )


def _copy_of_the_tree(tmp_path: Path) -> Path:
    for app in APPS:
        if (BASE_DIR / app).is_dir():
            shutil.copytree(
                BASE_DIR / app,
                tmp_path / app,
                ignore=shutil.ignore_patterns("__pycache__", "data", "static", "templates"),
            )
    shutil.copy(BASE_DIR / "pyproject.toml", tmp_path)
    return tmp_path


def test_layers_contract_is_kept_by_the_code():
    result = _lint_imports(BASE_DIR)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 kept, 0 broken" in result.stdout


def test_layers_contract_fails_on_a_backwards_import(tmp_path):
    tree = _copy_of_the_tree(tmp_path)
    (tree / "members" / "probe.py").write_text("from matching import models  # noqa: F401\n")
    result = _lint_imports(tree)
    assert result.returncode != 0
    assert "members is not allowed to import matching" in result.stdout


def test_matching_listens_to_members_and_challenges():
    assert any(isinstance(x, MatchingMemberListener) for x in member_listeners)
    assert any(isinstance(x, MatchingChallengeListener) for x in challenge_listeners)
