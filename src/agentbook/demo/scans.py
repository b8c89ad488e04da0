"""Scans made here: paper documents rendered with the bundled font, then spoiled like real scans.

The OCR tests, the benchmark (benchmarks/bench_ocr.py) and the self-test need pages whose true
text is known. Each document is drawn on a white A5-ish page in the font the app ships
(WenQuanYi Micro Hei), then rotated a few degrees, given sensor noise and saved as a JPEG of
middling quality, the three faults a phone photo or a cheap scanner adds; a faded page (grey ink
on grey paper) and a photo of the page lying on a desk are the two a clean-up must undo. People are generated
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
    scale it is saved at (0.5: a far-off phone photo, 8 pt print some 14 pixels tall); *contrast*
    below 1 fades ink and paper towards one grey (0.3: a pale photocopy in dim light); *desk* lays
    the page on a dark, unevenly lit desk that fills the photo around it."""

    rotate: float = 2.0
    noise: float = 12.0
    quality: int = 70
    scale: float = 1.0
    contrast: float = 1.0
    desk: bool = False


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
    angle = spoil.rotate * rng.choice((-1, 1))
    if spoil.desk:
        page = _on_desk(page, angle, rng)
    elif angle:
        page = page.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=235)
    if spoil.contrast != 1.0:
        page = page.point(lambda v: round(150 + (v - 128) * spoil.contrast))
    if spoil.noise:
        noise = Image.effect_noise(page.size, spoil.noise)  # Gaussian around 128
        page = Image.blend(page, noise, 0.18).filter(ImageFilter.GaussianBlur(0.4))
    if spoil.scale != 1.0:
        size = (round(page.width * spoil.scale), round(page.height * spoil.scale))
        page = page.resize(size, Image.Resampling.BILINEAR)
    out = io.BytesIO()
    page.convert("RGB").save(out, "JPEG", quality=spoil.quality)
    return out.getvalue()


def _on_desk(page: Image.Image, angle: float, rng: random.Random) -> Image.Image:
    """The page turned by *angle* and lying off-centre on a darker desk, lit from one side."""
    turned = page.rotate(angle, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=0)
    mask = Image.new("L", page.size, 255).rotate(angle, resample=Image.Resampling.BICUBIC, expand=True)
    width, height = round(page.width * 1.4), round(page.height * 1.45)
    light = Image.linear_gradient("L").rotate(90).resize((width, height))  # brighter on one side
    desk = Image.blend(Image.new("L", (width, height), 60), light, 0.25)
    desk = Image.blend(desk, Image.effect_noise((width, height), 40), 0.2)
    left = rng.randrange(0, width - turned.width)
    top = rng.randrange(0, height - turned.height)
    desk.paste(turned, (left, top), mask)
    return desk


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


def id_card_back(issuer: str, valid_from: date, valid_until: date | None, spoil: Spoil = Spoil(),
                 seed: int = 0) -> Scan:  # fmt: skip
    """The back of a 居民身份证: the title, 签发机关 and 有效期限 (``None``: 长期)."""
    until = valid_until.strftime("%Y.%m.%d") if valid_until else "长期"
    lines = [
        "中华人民共和国",
        "居民身份证",
        f"签发机关  {issuer}",
        f"有效期限  {valid_from:%Y.%m.%d}-{until}",
    ]
    sizes = (44, 56, 32, 32)
    data = render(list(zip(lines, sizes, strict=True)), spoil, seed, size=(1000, 640))
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


def policy_first_page(holder: Person, insured: Person, policy_no: str, sum_insured: str, premium: str,
                      starts: date, ends: date | None, spoil: Spoil = Spoil(), seed: int = 0) -> Scan:  # fmt: skip
    """A policy's first page with its period spelled out (``ends`` None: 终身), amounts as printed."""
    until = f"{ends.year}年{ends.month}月{ends.day}日二十四时止" if ends else "终身"
    lines = [
        "某某人寿保险股份有限公司",
        "个人保险单",
        f"保险合同号：{policy_no}",
        f"投保人：{holder.name}    被保险人：{insured.name}",
        f"基本保险金额：人民币{sum_insured}元",
        f"年交保险费：人民币{premium}元",
        f"保险期间：自{starts.year}年{starts.month}月{starts.day}日零时起至{until}",
        "交费方式：年交  交费期间：20年",
    ]
    sizes = (34, 40, 28, 28, 28, 28, 28, 28)
    return Scan(render(list(zip(lines, sizes, strict=True)), spoil, seed), tuple(lines), "保单")


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
