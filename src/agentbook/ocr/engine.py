"""The local OCR engine: RapidOCR on onnxruntime with the PP-OCR models shipped in its wheel.

Chosen by measurement (benchmarks/RESULTS.md, "Reading scans"): it reads printed Chinese on
rotated, noisy, JPEG-compressed pages correctly at well under a second a page on two cores,
without a GPU, and its models are inside the installed package. Every model path is given
explicitly, so RapidOCR never takes its download branch: nothing is fetched at run time, and a
missing model is an installation error (the self-test says so), never a network call.

OCR is an optional component (``pip install agentbook[ocr]``, some 330 MiB with OpenCV and
onnxruntime): ``available()`` says whether it is installed, and the UI offers reading scans only
then. The engine is loaded once per process, on first use, and serialised by a lock: one
onnxruntime session set uses both cores already, two readings at once would only fight for them.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from importlib import metadata, util
from pathlib import Path
from typing import Any

from PIL import Image

PACKAGE = "rapidocr"
MODEL_FILES = {
    "Det.model_path": "PP-OCRv6_det_small.onnx",
    "Cls.model_path": "ch_ppocr_mobile_v2.0_cls_mobile.onnx",
    "Rec.model_path": "PP-OCRv6_rec_small.onnx",
}
THREADS = 2  # the agent's laptop may have more cores, but the GUI must stay responsive
MIN_SCORE = 0.5  # lines recognised with less confidence are mostly noise (stains, stamps' rims)


class OcrUnavailableError(RuntimeError):
    """The OCR component is not installed, or its models are missing from it."""


@dataclass(frozen=True, slots=True)
class Line:
    """One line of recognised text: its words, confidence, and box (x, y of its top-left corner)."""

    text: str
    score: float
    x: float
    y: float
    height: float


def available() -> bool:
    return util.find_spec(PACKAGE) is not None and util.find_spec("onnxruntime") is not None


def model_paths() -> dict[str, str]:
    """The packaged model files, checked to exist (a partial installation must not download)."""
    spec = util.find_spec(PACKAGE)
    if spec is None or spec.origin is None:
        raise OcrUnavailableError(PACKAGE)
    folder = Path(spec.origin).parent / "models"
    paths = {key: folder / name for key, name in MODEL_FILES.items()}
    missing = [str(p) for p in paths.values() if not p.is_file()]
    if missing:
        raise OcrUnavailableError(", ".join(missing))
    return {key: str(p) for key, p in paths.items()}


def engine_name() -> str:
    """What is recorded with each text: the package and models that read it."""
    try:
        version = metadata.version(PACKAGE)
    except metadata.PackageNotFoundError:
        version = "?"
    return f"rapidocr {version} PP-OCRv6-small"


_lock = threading.Lock()
_engine: Any = None


def _load() -> Any:
    global _engine
    if _engine is None:
        if not available():
            raise OcrUnavailableError(PACKAGE)
        params: dict[str, Any] = dict(model_paths())
        params["Global.log_level"] = "error"
        params["EngineConfig.onnxruntime.intra_op_num_threads"] = THREADS
        params["EngineConfig.onnxruntime.inter_op_num_threads"] = 1
        from rapidocr import RapidOCR  # imported here: the component is optional

        logging.getLogger("RapidOCR").setLevel(logging.ERROR)
        _engine = RapidOCR(params=params)
    return _engine


def read_image(image: Image.Image) -> list[Line]:
    """The lines of text in *image*, in reading order (top to bottom, left to right)."""
    import numpy as np

    rgb = image.convert("RGB")
    array = np.asarray(rgb)[:, :, ::-1].copy()  # RapidOCR works in OpenCV's BGR order
    with _lock:
        result = _load()(array)
    texts = result.txts or ()
    if not texts:
        return []
    lines = []
    for text, score, box in zip(texts, result.scores, result.boxes, strict=True):
        if score < MIN_SCORE or not str(text).strip():
            continue
        xs, ys = [float(p[0]) for p in box], [float(p[1]) for p in box]
        lines.append(Line(str(text), float(score), min(xs), min(ys), max(ys) - min(ys)))
    return lines  # RapidOCR hands them back in reading order already
