"""Scan clean-up: a photo of a page on a desk is cropped to the page, levelled and made readable."""

from __future__ import annotations

import io
import random
from datetime import date

import pytest
from PIL import Image

from agentbook.demo import scans

pytest.importorskip("cv2")

from agentbook.ocr.cleanup import clean_page

TODAY = date(2031, 5, 1)


def _image(scan: scans.Scan) -> Image.Image:
    return Image.open(io.BytesIO(scan.data))


def test_a_photo_on_a_desk_is_cropped_to_the_page_and_levelled() -> None:
    person = scans.person(random.Random(1), TODAY)
    photo = _image(scans.diagnosis(person, scans.Spoil(rotate=6, noise=20, quality=60, desk=True), seed=1))
    cleaned = clean_page(photo)
    assert cleaned.cropped
    # the page drawn was 1240 × 1000 on a desk 1.4 times wider: what is left is the page, give or take its rim
    assert 1180 <= cleaned.image.width <= 1300 and 950 <= cleaned.image.height <= 1050
    assert abs(cleaned.angle) <= 0.5  # the crop levelled it already
    assert Image.open(io.BytesIO(cleaned.jpeg)).size == cleaned.image.size


@pytest.mark.parametrize("angle", [-7.0, 3.0, 11.0])
def test_a_rotated_scan_is_turned_back_by_its_angle(angle: float) -> None:
    person = scans.person(random.Random(2), TODAY)
    page = _image(scans.expense_list(person, scans.CLEAN, seed=2))
    turned = page.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=235)
    cleaned = clean_page(turned)
    assert not cleaned.cropped  # a flatbed scan is all page
    assert cleaned.angle == pytest.approx(-angle, abs=0.3)


def test_faded_ink_comes_out_black_on_white() -> None:
    person = scans.person(random.Random(3), TODAY)
    faded = _image(scans.policy_page(person, scans.Spoil(rotate=0, noise=0, quality=90, contrast=0.2), seed=3))
    import numpy as np

    ink, paper = np.percentile(np.asarray(faded.convert("L")), (1, 99))
    assert paper - ink < 60  # the faded page's ink and paper are close greys
    cleaned = clean_page(faded)
    ink, paper = np.percentile(np.asarray(cleaned.image), (1, 99))
    assert cleaned.stretched and ink <= 10 and paper >= 245


def test_a_blank_page_is_left_as_it_is() -> None:
    blank = Image.new("L", (600, 400), 250)
    cleaned = clean_page(blank)
    assert (cleaned.cropped, cleaned.angle) == (False, 0.0)
    assert cleaned.image.getextrema() == (250, 250)


def test_the_original_image_is_not_changed() -> None:
    person = scans.person(random.Random(4), TODAY)
    photo = _image(scans.diagnosis(person, scans.Spoil(rotate=5, desk=True), seed=4))
    before = photo.tobytes()
    clean_page(photo)
    assert photo.tobytes() == before


def test_an_upright_clear_page_needs_nothing_and_a_noisy_one_keeps_its_contrast() -> None:
    person = scans.person(random.Random(5), TODAY)
    upright = clean_page(_image(scans.diagnosis(person, scans.CLEAN, seed=5)))
    assert (upright.cropped, upright.angle, upright.stretched, upright.changed) == (False, 0.0, False, False)
    noisy = clean_page(_image(scans.diagnosis(person, scans.Spoil(rotate=4, noise=40, quality=30), seed=5)))
    assert noisy.changed and not noisy.stretched  # levelled, but its contrast was never the problem
