"""Scans made here: paper documents rendered with the bundled font, then spoiled like real scans.

The OCR tests, the benchmark (benchmarks/bench_ocr.py) and the self-test need pages whose true
text is known. Each document is drawn on a white A5-ish page in the font the app ships
(WenQuanYi Micro Hei), then rotated a few degrees, given sensor noise and saved as a JPEG of
middling quality, the three faults a phone photo or a cheap scanner adds. People are generated
(Faker zh_CN, valid resident ID numbers), so no real person's data is in a test.
"""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from datetime import date, timedelta

from PIL import Image, ImageDraw, ImageFilter, ImageFont

from agentbook.assets import FONT_FILE, asset_path
from agentbook.domain.idnumbers import make_resident_id


@dataclass(frozen=True, slots=True)
class Spoil:
    """How a page is spoiled: degrees of rotation, noise (grey levels, σ), JPEG quality, and the
    scale it is saved at (0.5: a far-off phone photo, 8 pt print some 14 pixels tall)."""

    rotate: float = 2.0
    noise: float = 12.0
    quality: int = 70
    scale: float = 1.0


CLEAN = Spoil(0.0, 0.0, 95)


@dataclass(frozen=True, slots=True)
class Person:
    name: str
    male: bool
    ethnicity: str
    born: date
    address: str
    id_number: str


@dataclass(frozen=True, slots=True)
class Scan:
    """A rendered page: its JPEG bytes, the lines printed on it, and its true category."""

    data: bytes
    lines: tuple[str, ...]
    category: str


def _font(size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(asset_path(*FONT_FILE)), size)


def render(lines: list[tuple[str, int]], spoil: Spoil, seed: int, size: tuple[int, int] = (1240, 1000)) -> bytes:
    """Lines of (text, font size) drawn top-down on a page, spoiled, as JPEG bytes."""
    page = Image.new("L", size, 255)
    draw = ImageDraw.Draw(page)
    y = 60
    for text, points in lines:
        draw.text((70, y), text, font=_font(points), fill=20)
        y += int(points * 1.9)
    return spoiled(page, spoil, seed)


def spoiled(page: Image.Image, spoil: Spoil, seed: int) -> bytes:
    rng = random.Random(seed)
    if spoil.rotate:
        page = page.rotate(spoil.rotate * rng.choice((-1, 1)), resample=Image.Resampling.BICUBIC, fillcolor=235)
    if spoil.noise:
        noise = Image.effect_noise(page.size, spoil.noise)  # Gaussian around 128
        page = Image.blend(page, noise, 0.18).filter(ImageFilter.GaussianBlur(0.4))
    if spoil.scale != 1.0:
        size = (round(page.width * spoil.scale), round(page.height * spoil.scale))
        page = page.resize(size, Image.Resampling.BILINEAR)
    out = io.BytesIO()
    page.convert("RGB").save(out, "JPEG", quality=spoil.quality)
    return out.getvalue()


def person(rng: random.Random, today: date) -> Person:
    from faker import Faker

    fake = Faker("zh_CN")
    fake.seed_instance(rng.randrange(1 << 30))
    male = rng.random() < 0.5
    born = today - timedelta(days=rng.randrange(20 * 365, 70 * 365))
    name = fake.name_male() if male else fake.name_female()
    sequence = rng.randrange(0, 500) * 2 + (1 if male else 0)
    address = fake.province() + fake.city() + fake.street_address()
    return Person(name, male, rng.choice(("汉", "回", "满", "壮", "苗")), born, address,
                  make_resident_id("110105", born, sequence))  # fmt: skip


def id_card_front(p: Person, spoil: Spoil = Spoil(), seed: int = 0) -> Scan:
    """The front of a 居民身份证 laid out as printed: labels on the left, the address wrapped."""
    address = [p.address[i : i + 11] for i in range(0, len(p.address), 11)]
    lines = [
        f"姓名  {p.name}",
        f"性别  {'男' if p.male else '女'}    民族  {p.ethnicity}",
        f"出生  {p.born.year} 年 {p.born.month} 月 {p.born.day} 日",
        f"住址  {address[0]}",
        *(f"      {part}" for part in address[1:]),
        f"公民身份号码  {p.id_number}",
    ]
    data = render([(text, 34) for text in lines], spoil, seed, size=(1000, 640))
    return Scan(data, tuple(lines), "身份证件")


def diagnosis(p: Person, spoil: Spoil = Spoil(), seed: int = 0, *, illness: str = "急性阑尾炎") -> Scan:
    lines = [
        "某某市第一人民医院",
        "诊断证明书",
        f"姓名：{p.name}  性别：{'男' if p.male else '女'}  门诊号：{3100000 + seed}",
        f"临床诊断：{illness}",
        "处理意见：建议住院手术治疗，术后休息两周",
        "医师签名：李明    科室：普外科",
    ]
    return Scan(render([(t, 32) for t in lines], spoil, seed), tuple(lines), "诊断证明")


def expense_list(p: Person, spoil: Spoil = Spoil(), seed: int = 0) -> Scan:
    lines = [
        "住院费用清单",
        f"姓名：{p.name}  住院号：{seed + 20310}",
        "项目  数量  单价  金额",
        "床位费  5  60.00  300.00",
        "药品费  1  1280.50  1280.50",
        "合计：1580.50  医保支付：1100.00  自付：480.50",
    ]
    return Scan(render([(t, 32) for t in lines], spoil, seed), tuple(lines), "费用清单")


def policy_page(p: Person, spoil: Spoil = Spoil(), seed: int = 0) -> Scan:
    lines = [
        "人寿保险股份有限公司  保险单",
        f"保单号：P{seed:08d}",
        f"投保人：{p.name}  被保险人：{p.name}",
        "保险金额：500000.00 元  保险费：8600.00 元",
        "保险期间：终身  生效日：2030年1月1日",
    ]
    return Scan(render([(t, 32) for t in lines], spoil, seed), tuple(lines), "保单")


def application_form(p: Person, spoil: Spoil = Spoil(), seed: int = 0) -> Scan:
    lines = [
        "个人人身保险投保单",
        f"投保人：{p.name}  证件号码：{p.id_number}",
        f"被保险人：{p.name}  与投保人关系：本人",
        "健康告知：无",
        "受益人：法定  投保人签名：",
    ]
    return Scan(render([(t, 32) for t in lines], spoil, seed), tuple(lines), "投保单")


def bank_card(spoil: Spoil = Spoil(), seed: int = 0) -> Scan:
    rng = random.Random(seed)
    number = " ".join(f"{rng.randrange(10000):04d}" for _ in range(4))
    lines = ["中国某某银行  借记卡", "UnionPay 银联", number, "VALID THRU 12/35"]
    return Scan(render([(t, 40) for t in lines], spoil, seed, size=(1000, 640)), tuple(lines), "银行卡信息")


MAKERS = ("id_card", "diagnosis", "expense", "policy", "application", "bank_card")


def test_set(count: int, spoil: Spoil, seed: int, today: date) -> list[Scan]:
    """*count* documents cycling through every kind, each with a new generated person."""
    rng = random.Random(seed)
    scans = []
    for i in range(count):
        p = person(rng, today)
        kind = MAKERS[i % len(MAKERS)]
        s = seed * 1000 + i
        if kind == "id_card":
            scans.append(id_card_front(p, spoil, s))
        elif kind == "diagnosis":
            scans.append(diagnosis(p, spoil, s))
        elif kind == "expense":
            scans.append(expense_list(p, spoil, s))
        elif kind == "policy":
            scans.append(policy_page(p, spoil, s))
        elif kind == "application":
            scans.append(application_form(p, spoil, s))
        else:
            scans.append(bank_card(spoil, s))
    return scans
