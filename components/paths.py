"""Paths in the components' configuration (config.yml) are relative to the project root, wherever Rasa runs from."""
from pathlib import Path
from typing import Text, Union

PROJECT_ROOT = Path(__file__).resolve().parents[1]


def project_path(value: Union[Text, Path]) -> Path:
    path = Path(value)
    return path if path.is_absolute() else PROJECT_ROOT / path
