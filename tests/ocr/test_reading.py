"""The local OCR engine reads a generated, spoiled scan without ever opening a network socket."""

from __future__ import annotations

import io
import random
import socket
from datetime import date

import pytest
from PIL import Image

from agentbook.demo import scans

pytest.importorskip("rapidocr")

from agentbook.ocr import engine
from agentbook.ocr.reading import ReadingCancelledError, read_pages

TODAY = date(2031, 5, 1)


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_args: object, **_kw: object) -> None:
        raise AssertionError("OCR tried to open a network connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


def test_a_rotated_noisy_diagnosis_is_read_and_classified_offline(no_network: None) -> None:
    person = scans.person(random.Random(7), TODAY)
    scan = scans.diagnosis(person, scans.Spoil(rotate=3, noise=14, quality=60), seed=7)
    steps: list[tuple[int, int]] = []
    reading = read_pages([Image.open(io.BytesIO(scan.data))], 1, progress=lambda d, t: steps.append((d, t)))
    assert "急性阑尾炎" in reading.text and person.name in reading.text
    assert reading.proposed_category == "诊断证明"
    assert steps == [(0, 1), (1, 1)]
    assert reading.engine.startswith("rapidocr ")


def test_models_come_from_the_installed_package() -> None:
    paths = engine.model_paths()
    assert all(p.endswith(".onnx") and "site-packages" in p for p in paths.values())


def test_a_cancelled_reading_stops_between_pages() -> None:
    blank = Image.new("L", (200, 100), 255)
    read: list[int] = []

    def pages():
        for i in range(5):
            read.append(i)
            yield blank

    with pytest.raises(ReadingCancelledError):
        read_pages(pages(), 5, cancelled=lambda: len(read) >= 2)
    assert len(read) == 2


def test_without_the_component_the_self_test_says_so_and_passes(monkeypatch: pytest.MonkeyPatch) -> None:
    from agentbook import selftest

    monkeypatch.setattr(engine, "available", lambda: False)
    assert "not installed" in selftest.step_ocr(selftest.Context(folder=None))  # type: ignore[arg-type]


def test_a_faded_photo_on_a_desk_is_read_from_its_cleaned_page() -> None:
    person = scans.person(random.Random(8), TODAY)
    photo = scans.diagnosis(person, scans.Spoil(rotate=6, noise=25, quality=50, contrast=0.4, desk=True), seed=8)
    reading = read_pages([Image.open(io.BytesIO(photo.data))], 1, is_photo=True, clean=True)
    (cleaned,) = reading.cleaned
    assert cleaned.cropped and "急性阑尾炎" in reading.text and person.name in reading.text
    assert reading.proposed_category == "诊断证明"
