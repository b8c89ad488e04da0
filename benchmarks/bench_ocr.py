"""Reading scans: accuracy, speed per page and installed size of the local OCR engine.

    python -m benchmarks.bench_ocr [--docs 24] [--engine rapidocr|rapidocr_onnxruntime] [--cleanup]

The test set is made here (agentbook/demo/scans.py): ID-card fronts, 诊断证明, 费用清单, 保单,
投保单 and bank cards with generated people, rendered in the bundled font and spoiled at three
levels. Measured per level: character accuracy (1 − edit distance / characters, spaces
ignored), ID-card fields read exactly and passing the check digit, the proposed category, and
seconds per page on this machine's cores. ``--engine rapidocr_onnxruntime`` runs the older
1.4 package (PP-OCRv4 models) on the same pages, the alternative measured against.
``--cleanup`` reads every page twice, as taken and after ``ocr/cleanup.clean_page`` (crop, deskew,
contrast), on those levels and on the two only a clean-up can undo: a faded page and a photo of
the page on a desk. ``--fields`` counts the fields of ID-card backs (签发机关, 有效期限) and of
policy first pages (保单号, parties, 保额, 保费, period) read exactly, as taken and cleaned.
"""

from __future__ import annotations

import argparse
import io
import random
import statistics
import sys
import time
from datetime import date
from importlib import util
from pathlib import Path
from typing import Any

from PIL import Image

from agentbook.demo import scans
from agentbook.domain.idcard_text import read_id_card, read_id_card_back
from agentbook.domain.policy_text import read_policy_page
from agentbook.domain.scan_classify import propose_category
from benchmarks.memory import peak_rss_mb

LEVELS = {
    "clean": scans.CLEAN,
    "scanned (±2°, noise 12, JPEG 70)": scans.Spoil(2.0, 12.0, 70),
    "phone photo (±5°, noise 25, JPEG 45)": scans.Spoil(5.0, 25.0, 45),
    "poor photo (±8°, noise 40, JPEG 30, half size)": scans.Spoil(8.0, 40.0, 30, 0.5),
    "bad photo (±12°, noise 90, JPEG 15, 0.35 size)": scans.Spoil(12.0, 90.0, 15, 0.35),
}
CLEANUP_LEVELS = {
    **LEVELS,
    "faded (±3°, noise 20, JPEG 50, contrast 0.3)": scans.Spoil(3.0, 20.0, 50, contrast=0.3),
    "very faded (±5°, noise 25, JPEG 40, contrast 0.15)": scans.Spoil(5.0, 25.0, 40, contrast=0.15),
    "page on a desk (±6°, noise 20, JPEG 60)": scans.Spoil(6.0, 20.0, 60, desk=True),
    "far photo on a desk (±10°, noise 30, JPEG 40, 0.6 size, contrast 0.5)": scans.Spoil(
        10.0, 30.0, 40, 0.6, contrast=0.5, desk=True
    ),
}
TODAY = date(2031, 5, 1)
OCR_PACKAGES = ("rapidocr", "onnxruntime", "cv2", "opencv_python_headless.libs", "numpy", "numpy.libs", "shapely",
                "shapely.libs", "pyclipper", "omegaconf", "antlr4", "yaml", "colorlog", "flatbuffers", "google",
                "sympy", "mpmath", "coloredlogs", "humanfriendly", "tqdm", "six.py")  # fmt: skip


def edit_distance(a: str, b: str) -> int:
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


def _squeeze(text: str) -> str:
    return "".join(text.split()).replace("：", ":")


def reader(engine: str) -> Any:
    """A function image → lines for the chosen package."""
    if engine == "rapidocr":
        from agentbook.ocr.engine import read_image

        return lambda image: [line.text for line in read_image(image)]
    import numpy as np
    from rapidocr_onnxruntime import RapidOCR  # type: ignore[import-not-found]

    ocr = RapidOCR(intra_op_num_threads=2, inter_op_num_threads=1)

    def read(image: Image.Image) -> list[str]:
        result, _elapse = ocr(np.asarray(image.convert("RGB"))[:, :, ::-1].copy())
        return [r[1] for r in result or [] if r[2] >= 0.5]

    return read


def installed_mib(names: tuple[str, ...]) -> dict[str, float]:
    spec = util.find_spec("PIL")
    assert spec is not None and spec.origin is not None
    site = Path(spec.origin).parents[1]
    sizes = {}
    for name in names:
        path = site / name
        if path.is_file():
            sizes[name] = path.stat().st_size / 2**20
        elif path.is_dir():
            sizes[name] = sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 2**20
    return sizes


def run(docs: int, engine: str, only: str | None = None) -> None:
    started = time.perf_counter()
    read = reader(engine)
    read(Image.new("RGB", (64, 32), "white"))  # loads the models
    print(f"engine {engine}: loaded in {time.perf_counter() - started:.2f} s")
    print(
        "| level | pages | character accuracy | ID cards: number / name exact | category right | s/page median (p90) |"
    )
    print("|---|---:|---:|---:|---:|---:|")
    for label, spoil in LEVELS.items():
        if only and not label.startswith(only):
            continue
        test = scans.test_set(docs, spoil, seed=21, today=TODAY)
        errors = chars = right_category = 0
        cards = numbers = names = 0
        seconds = []
        for scan in test:
            image = Image.open(io.BytesIO(scan.data))
            t = time.perf_counter()
            lines = read(image)
            seconds.append(time.perf_counter() - t)
            truth, got = _squeeze("".join(scan.lines)), _squeeze("".join(lines))
            errors += edit_distance(truth, got)
            chars += len(truth)
            right_category += propose_category("\n".join(lines), is_photo=True) == scan.category
            if scan.category == "身份证件":
                cards += 1
                found = read_id_card(lines, TODAY)
                expected = next(line.split()[-1] for line in scan.lines if line.startswith("公民身份号码"))
                name = scan.lines[0].split()[-1]
                numbers += found.usable and found.id_number == expected
                names += found.name == name
        p90 = statistics.quantiles(seconds, n=10)[-1]
        print(f"| {label} | {len(test)} | {1 - errors / chars:.1%} | {numbers}/{cards} / {names}/{cards} |"
              f" {right_category}/{len(test)} | {statistics.median(seconds):.2f} ({p90:.2f}) |")  # fmt: skip
    peak = peak_rss_mb()
    print(f"peak RSS {peak:.0f} MiB")
    sizes = installed_mib(OCR_PACKAGES)
    print(f"installed: {sum(sizes.values()):.0f} MiB — " + ", ".join(f"{k} {v:.0f}" for k, v in sizes.items()))


def _score(scan: scans.Scan, lines: list[str]) -> tuple[int, int, bool, bool, bool]:
    """Edit errors, characters, category right, ID number right, ID name right."""
    truth, got = _squeeze("".join(scan.lines)), _squeeze("".join(lines))
    category = propose_category("\n".join(lines), is_photo=True) == scan.category
    number = name = False
    if scan.category == "身份证件":
        found = read_id_card(lines, TODAY)
        expected = next(line.split()[-1] for line in scan.lines if line.startswith("公民身份号码"))
        number = found.usable and found.id_number == expected
        name = found.name == scan.lines[0].split()[-1]
    return edit_distance(truth, got), len(truth), category, number, name


def run_cleanup(docs: int, only: str | None = None) -> None:
    """Every page read as taken and after clean-up: does cleaning help OCR, or at least not hurt?"""
    from agentbook.ocr.cleanup import clean_page

    read = reader("rapidocr")
    read(Image.new("RGB", (64, 32), "white"))
    print("| level | pages | character accuracy: as taken → cleaned | ID numbers / names: as taken → cleaned |"
          " category right: as taken → cleaned | clean-up s/page median (p90) |")  # fmt: skip
    print("|---|---:|---:|---:|---:|---:|")
    for label, spoil in CLEANUP_LEVELS.items():
        if only and not label.startswith(only):
            continue
        test = scans.test_set(docs, spoil, seed=21, today=TODAY)
        totals = {"raw": [0, 0, 0, 0, 0], "clean": [0, 0, 0, 0, 0]}
        cards, seconds = 0, []
        for scan in test:
            image = Image.open(io.BytesIO(scan.data))
            t = time.perf_counter()
            cleaned = clean_page(image).image
            seconds.append(time.perf_counter() - t)
            cards += scan.category == "身份证件"
            for key, page in (("raw", image), ("clean", cleaned)):
                for i, value in enumerate(_score(scan, read(page))):
                    totals[key][i] += int(value)
        raw, clean = totals["raw"], totals["clean"]
        p90 = statistics.quantiles(seconds, n=10)[-1]
        print(f"| {label} | {len(test)} | {1 - raw[0] / raw[1]:.1%} → {1 - clean[0] / clean[1]:.1%} |"
              f" {raw[3]}/{cards} / {raw[4]}/{cards} → {clean[3]}/{cards} / {clean[4]}/{cards} |"
              f" {raw[2]}/{len(test)} → {clean[2]}/{len(test)} |"
              f" {statistics.median(seconds):.2f} ({p90:.2f}) |")  # fmt: skip


ISSUERS = ("北京市公安局朝阳分局", "杭州市公安局西湖分局", "广州市公安局天河分局", "成都市公安局武侯分局")


def _back_case(rng: random.Random, spoil: scans.Spoil, seed: int) -> tuple[scans.Scan, tuple[object, ...]]:
    starts = date(2016 + rng.randrange(12), 1 + rng.randrange(12), 1 + rng.randrange(28))
    years = rng.choice((10, 20, 0))
    ends = starts.replace(year=starts.year + years) if years else None
    issuer = rng.choice(ISSUERS)
    return scans.id_card_back(issuer, starts, ends, spoil, seed), (issuer, starts, ends, ends is None)


def _policy_case(rng: random.Random, spoil: scans.Spoil, seed: int) -> tuple[scans.Scan, tuple[object, ...]]:
    from decimal import Decimal

    holder, insured = scans.person(rng, TODAY), scans.person(rng, TODAY)
    number = f"P{rng.randrange(10**12):012d}"
    cover = Decimal(rng.randrange(10, 200) * 10000)
    premium = Decimal(rng.randrange(100000, 2000000)) / 100
    starts = date(2025 + rng.randrange(6), 1 + rng.randrange(12), 1 + rng.randrange(28))
    ends = starts.replace(year=starts.year + 20) if rng.random() < 0.5 else None
    scan = scans.policy_first_page(holder, insured, number, f"{cover:,.2f}", f"{premium:,.2f}", starts, ends, spoil,
                                   seed)  # fmt: skip
    return scan, (number, holder.name, insured.name, cover, premium, starts, ends)


def run_fields(docs: int, only: str | None = None) -> None:
    """ID-card backs and policy first pages: how many fields are read exactly, as taken and cleaned."""
    from agentbook.ocr.cleanup import clean_page

    read = reader("rapidocr")
    read(Image.new("RGB", (64, 32), "white"))
    print("| level | ID-card backs | back fields exact: as taken → cleaned |"
          " policy pages | policy fields exact: as taken → cleaned |")  # fmt: skip
    print("|---|---:|---:|---:|---:|")
    for label, spoil in CLEANUP_LEVELS.items():
        if only and not label.startswith(only):
            continue
        rng = random.Random(21)
        backs = policies = 0
        right = {"back": [0, 0], "policy": [0, 0]}
        for i in range(docs):
            kind = "back" if i % 2 == 0 else "policy"
            scan, truth = (_back_case if kind == "back" else _policy_case)(rng, spoil, 21000 + i)
            image = Image.open(io.BytesIO(scan.data))
            for n, page in enumerate((image, clean_page(image).image)):
                lines = read(page)
                if kind == "back":
                    b = read_id_card_back(lines, TODAY)
                    got: tuple[object, ...] = (b.issuer, b.valid_from, b.valid_until, b.long_term)
                else:
                    f = read_policy_page(lines)
                    got = (f.policy_no, f.policyholder, f.insured, f.sum_insured, f.premium, f.effective_date,
                           f.expiry_date)  # fmt: skip
                right[kind][n] += sum(g == t for g, t in zip(got, truth, strict=True))
            backs += kind == "back"
            policies += kind == "policy"
        print(f"| {label} | {backs} | {right['back'][0]}/{backs * 4} → {right['back'][1]}/{backs * 4} |"
              f" {policies} | {right['policy'][0]}/{policies * 7} → {right['policy'][1]}/{policies * 7} |")  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--docs", type=int, default=24)
    parser.add_argument("--only", help="run only the levels whose name starts with this")
    parser.add_argument("--engine", default="rapidocr", choices=("rapidocr", "rapidocr_onnxruntime"))
    parser.add_argument("--cleanup", action="store_true", help="compare reading as taken and after clean-up")
    parser.add_argument("--fields", action="store_true", help="ID-card backs' and policy pages' fields read exactly")
    args = parser.parse_args(argv)
    if args.fields:
        run_fields(args.docs, args.only)
    elif args.cleanup:
        run_cleanup(args.docs, args.only)
    else:
        run(args.docs, args.engine, args.only)
    return 0


if __name__ == "__main__":
    sys.exit(main())
