"""Scan clean-up (图像整理): crop a photo to its page, turn the page upright, stretch its contrast.

A phone photo of a 诊断证明 holds the desk around the page, the page a few degrees askew, and
grey ink on grey paper in poor light; what the archive should keep, and what OCR reads best, is
the page alone, level, black on white. Three steps, each skipped when there is nothing to do:

1. **Crop to the page**: the largest bright, four-cornered region, when it is clearly smaller
   than the photo (a flatbed scan is all page and is left whole), is warped to an upright
   rectangle — which also undoes the page's rotation and mild perspective.
2. **Deskew**: the angle (±15°) at which the rows of ink line up best — the one whose
   horizontal projection has the sharpest peaks — found coarse then fine on a small copy; ink
   being the thin dark strokes (a morphological black-hat), not the page's edges.
3. **Contrast**, for a faded page only (ink and paper — Otsu's two classes — less than
   FADED_GAP grey levels apart): the darkest 1 % becomes black and the brightest 5 % white. A page
   of ordinary contrast is left alone: on a small, noisy photo the stretch amplified the noise
   and cost OCR characters (benchmarks/RESULTS.md).

Pure functions of pixels on OpenCV and numpy (both come with the ``ocr`` extra); no Qt, no SQL,
nothing written to disk. The caller keeps the original: this returns a new image.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import Any

from PIL import Image

WORK_SIDE = 800  # the page is found and the angle measured on a copy this size: enough, and fast
MAX_SKEW = 15.0  # degrees; beyond this a page was photographed sideways, which OCR's classifier handles
MIN_PAGE_SHARE = 0.2  # a bright region smaller than this is a label on the page, not the page
MAX_PAGE_SHARE = 0.93  # larger, and the photo is the page already (a scan): nothing to crop
JPEG_QUALITY = 90
FADED_GAP = 70  # grey levels between the means of ink and paper below which a page counts as faded
MIN_STROKE = 24  # grey levels a stroke is darker than the paper around it; below, a page is blank


@dataclass(frozen=True, slots=True)
class Cleaned:
    """The cleaned page, what was done to it (said beside the before/after), and the page as the
    JPEG that is stored (encoded here, on the worker, not on the GUI thread when saving)."""

    image: Image.Image
    cropped: bool
    angle: float  # degrees turned to level the lines (0: already level)
    stretched: bool  # the page was faded and its contrast stretched
    jpeg: bytes

    @property
    def changed(self) -> bool:
        """Anything was done: a page already upright and clear needs no second copy stored."""
        return self.cropped or bool(self.angle) or self.stretched


def _jpeg(image: Image.Image) -> bytes:
    """A grey text page as JPEG: a tenth of its size as PNG, with the print still sharp at 90."""
    out = io.BytesIO()
    image.save(out, "JPEG", quality=JPEG_QUALITY)
    return out.getvalue()


def clean_page(image: Image.Image) -> Cleaned:
    """*image* cropped to its page, levelled and with its contrast stretched, in grey."""
    import numpy as np

    gray = np.asarray(image.convert("L"))
    page = _crop_to_page(gray)
    cropped = page is not None
    if page is None:
        page = gray
    angle = _skew_angle(page)
    if abs(angle) >= 0.2:
        page = _rotate(page, angle)
    else:
        angle = 0.0
    stretched = _faded(page)
    result = Image.fromarray(_stretch(page) if stretched else page)
    return Cleaned(result, cropped, angle, stretched, _jpeg(result))


def _small(gray: Any) -> tuple[Any, float]:
    """A copy whose longer side is at most WORK_SIDE, and the factor back to full size."""
    import cv2

    scale = min(1.0, WORK_SIDE / max(gray.shape))
    if scale == 1.0:
        return gray, 1.0
    size = (max(1, round(gray.shape[1] * scale)), max(1, round(gray.shape[0] * scale)))
    return cv2.resize(gray, size, interpolation=cv2.INTER_AREA), 1 / scale


def _crop_to_page(gray: Any) -> Any | None:
    """The page warped upright out of the photo, or None when no distinct page is found."""
    import cv2
    import numpy as np

    small, back = _small(gray)
    blurred = cv2.GaussianBlur(small, (7, 7), 0)
    _t, bright = cv2.threshold(blurred, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    # close the page's lines of text (dark holes in the bright paper) into one solid region
    bright = cv2.morphologyEx(bright, cv2.MORPH_CLOSE, np.ones((25, 25), np.uint8))
    contours, _h = cv2.findContours(bright, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    if not contours:
        return None
    largest = max(contours, key=cv2.contourArea)
    share = cv2.contourArea(largest) / float(small.shape[0] * small.shape[1])
    if not MIN_PAGE_SHARE <= share <= MAX_PAGE_SHARE:
        return None
    hull = cv2.convexHull(largest)
    corners = cv2.approxPolyDP(hull, 0.02 * cv2.arcLength(hull, True), True).reshape(-1, 2)
    if len(corners) != 4:
        corners = cv2.boxPoints(cv2.minAreaRect(largest))
    if cv2.contourArea(largest) < 0.85 * cv2.contourArea(corners.astype(np.float32)):
        return None  # not a sheet of paper: a bright blob of some other shape
    height, width = small.shape
    if any(x <= 2 or y <= 2 or x >= width - 3 or y >= height - 3 for x, y in corners):
        return None  # the region runs off the picture: a scan's paper or a page cut off, not one to crop to
    quad = _ordered(corners.astype(np.float32) * back)
    width = round(max(np.linalg.norm(quad[1] - quad[0]), np.linalg.norm(quad[2] - quad[3])))
    height = round(max(np.linalg.norm(quad[3] - quad[0]), np.linalg.norm(quad[2] - quad[1])))
    target = np.array([[0, 0], [width - 1, 0], [width - 1, height - 1], [0, height - 1]], np.float32)
    matrix = cv2.getPerspectiveTransform(quad, target)
    return cv2.warpPerspective(gray, matrix, (width, height), flags=cv2.INTER_CUBIC, borderMode=cv2.BORDER_REPLICATE)


def _ordered(points: Any) -> Any:
    """Four corners as top-left, top-right, bottom-right, bottom-left."""
    import numpy as np

    sums, diffs = points.sum(axis=1), np.diff(points, axis=1).ravel()
    return np.array(
        [points[np.argmin(sums)], points[np.argmin(diffs)], points[np.argmax(sums)], points[np.argmax(diffs)]],
        np.float32,
    )


def _skew_angle(gray: Any) -> float:
    """Degrees to turn *gray* (counter-clockwise) so its lines of text run level."""
    import cv2
    import numpy as np

    small, _back = _small(gray)
    # Ink is what is darker than its surroundings and thinner than the kernel (a black-hat): strokes
    # of print, but not the edge between a scan's grey corners and the paper, which would pull the
    # angle towards its own.
    strokes = cv2.morphologyEx(small, cv2.MORPH_BLACKHAT, np.ones((9, 9), np.uint8))
    if int(strokes.max()) < MIN_STROKE:
        return 0.0  # a blank page has no lines to level
    _t, ink = cv2.threshold(strokes, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)

    def sharpness(angle: float) -> float:
        turned = _rotate(ink, angle, border=0)
        return float(np.var(turned.sum(axis=1, dtype=np.float64)))

    best = max(np.arange(-MAX_SKEW, MAX_SKEW + 0.01, 0.5), key=sharpness)
    best = max(np.arange(best - 0.5, best + 0.51, 0.1), key=sharpness)
    return round(float(best), 1)


def _rotate(gray: Any, angle: float, border: int | None = None) -> Any:
    """*gray* turned by *angle* degrees about its centre; corners filled with the paper's grey."""
    import cv2
    import numpy as np

    height, width = gray.shape
    matrix = cv2.getRotationMatrix2D((width / 2, height / 2), angle, 1.0)
    fill = int(np.percentile(gray, 90)) if border is None else border
    return cv2.warpAffine(gray, matrix, (width, height), flags=cv2.INTER_CUBIC, borderValue=fill)


def _faded(gray: Any) -> bool:
    """Ink and paper (Otsu's two classes of grey) lie close together: the page needs contrast."""
    import cv2

    small, _back = _small(gray)
    threshold, _split = cv2.threshold(small, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    ink, paper = small[small <= threshold], small[small > threshold]
    if not ink.size or not paper.size:
        return False  # one grey all over: nothing to tell apart
    return float(paper.mean() - ink.mean()) < FADED_GAP


def _stretch(gray: Any) -> Any:
    """Grey levels stretched so faded ink comes out dark and the paper white."""
    import numpy as np

    low, high = np.percentile(gray, (1, 95))
    if high - low < 8:
        return gray  # a flat, empty image: stretching would only amplify noise
    scaled = (gray.astype(np.float32) - low) * (255.0 / (high - low))
    return np.clip(scaled, 0, 255).astype(np.uint8)
