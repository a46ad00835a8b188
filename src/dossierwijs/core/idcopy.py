"""A masked copy of an identity document, made from a photo, entirely in memory.

The usual Dutch advice: if an organisation asks for a copy of an ID with an access
request, black out the BSN and the passport photo and write on it what the copy is
for, so it cannot be misused for anything else. We burn that text into the
pixels (it cannot be removed like a PDF annotation) and write no metadata: the
phone's EXIF data (location, device) does not travel along.
"""

from __future__ import annotations

import io
import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont, ImageOps, UnidentifiedImageError

from dossierwijs.core.rules.dutch_dates import day_month

MAX_SIDE = 2400  # pixels: plenty to read an ID, small enough to e-mail
FONT_PATHS = (
    Path("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"),
    Path("/usr/share/fonts/dejavu/DejaVuSans-Bold.ttf"),
)
FORMATS = ("png", "pdf")


class IdCopyError(ValueError):
    """The copy cannot be made as asked; ``message`` is Dutch and safe to show."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class MaskArea:
    """A rectangle to black out, as fractions (0 to 1) of the photo's width and height.

    Fractions keep the choice valid whatever the photo's resolution; the screen where
    the parent draws the boxes can send them as they are.
    """

    left: float
    top: float
    right: float
    bottom: float

    def check(self) -> None:
        values = (self.left, self.top, self.right, self.bottom)
        if (
            not all(0.0 <= v <= 1.0 for v in values)
            or self.left >= self.right
            or self.top >= self.bottom
        ):
            raise IdCopyError(
                "Een af te schermen vlak valt buiten de foto of is leeg. Teken het vlak opnieuw."
            )

    def box(self, width: int, height: int) -> tuple[int, int, int, int]:
        """Pixel box, rounded outwards so nothing at the edge stays visible."""
        return (
            math.floor(self.left * width),
            math.floor(self.top * height),
            math.ceil(self.right * width),
            math.ceil(self.bottom * height),
        )


def watermark_text(organisation: str, on: date) -> str:
    """``kopie voor inzageverzoek De Klimop, 28 november 2026``."""
    return f"kopie voor inzageverzoek {organisation.strip()}, {day_month(on, year=True)}"


def mask_id_copy(
    image: bytes,
    *,
    areas: Sequence[MaskArea],
    organisation: str,
    on: date,
    output: str = "png",
    text: str | None = None,
) -> bytes:
    """Black out ``areas`` and burn in the purpose text diagonally; return PNG or PDF bytes.

    ``text`` overrides the default "kopie voor inzageverzoek [organisatie], [datum]".
    """
    if output not in FORMATS:
        raise IdCopyError("Kies PNG of PDF als uitvoer.")
    if not organisation.strip() and text is None:
        raise IdCopyError("Vul in voor welke organisatie de kopie is.")
    if not areas:
        raise IdCopyError(
            "Kies welke delen u wilt afschermen: in elk geval het burgerservicenummer (BSN) "
            "en de pasfoto."
        )
    for area in areas:
        area.check()
    picture = _open(image)
    picture = _burn_in(picture, text or watermark_text(organisation, on))
    draw = ImageDraw.Draw(picture)
    for area in areas:
        draw.rectangle(area.box(*picture.size), fill=(0, 0, 0))
    if output == "png":
        out = io.BytesIO()
        picture.save(out, format="PNG")
        return out.getvalue()
    return _as_pdf(picture)


def _open(data: bytes) -> Image.Image:
    try:
        from pillow_heif import register_heif_opener  # iPhone photos (HEIC)

        register_heif_opener()
    except ImportError:  # pragma: no cover - optional
        pass
    try:
        with Image.open(io.BytesIO(data)) as raw:
            raw.draft("RGB", (MAX_SIDE, MAX_SIDE))  # JPEG: decode at reduced size, much faster
            raw.load()
            upright = ImageOps.exif_transpose(raw)  # the way the phone showed it
            picture = upright.convert("RGB")
    except (UnidentifiedImageError, OSError, ValueError) as exc:
        raise IdCopyError(
            "Deze foto kan dossierwijs niet lezen. Gebruik een JPG-, PNG- of HEIC-foto."
        ) from exc
    picture.thumbnail((MAX_SIDE, MAX_SIDE))
    # A fresh image carries no EXIF, GPS or other metadata from the phone.
    clean = Image.new("RGB", picture.size)
    clean.paste(picture)
    return clean


def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    for path in FONT_PATHS:
        if path.is_file():
            return ImageFont.truetype(str(path), size)
    return ImageFont.load_default(size=size)


def _burn_in(picture: Image.Image, text: str) -> Image.Image:
    """Repeat ``text`` in diagonal rows over the whole picture, half transparent."""
    width, height = picture.size
    font = _font(max(14, int(min(width, height) / 16)))
    diagonal = int(math.hypot(width, height)) + 2
    layer = Image.new("RGBA", (diagonal, diagonal), (0, 0, 0, 0))
    draw = ImageDraw.Draw(layer)
    left, top, right, bottom = draw.textbbox((0, 0), text, font=font)
    line_width, line_height = int(right - left), int(bottom - top)
    for row, y in enumerate(range(0, diagonal, int(line_height * 3.2))):
        shift = (row % 2) * line_width // 2  # stagger rows so no part of the ID escapes
        for x in range(-line_width + shift, diagonal, line_width + line_height * 2):
            draw.text((x, y), text, font=font, fill=(200, 0, 0, 150))
    angle = math.degrees(math.atan2(height, width))
    layer = layer.rotate(angle, resample=Image.Resampling.BILINEAR)
    offset = ((diagonal - width) // 2, (diagonal - height) // 2)
    layer = layer.crop((offset[0], offset[1], offset[0] + width, offset[1] + height))
    base = picture.convert("RGBA")
    base.alpha_composite(layer)
    return base.convert("RGB")


def _as_pdf(picture: Image.Image) -> bytes:
    """The picture on an A4 page (portrait or landscape to fit), no text layer, no metadata."""
    import pymupdf

    png = io.BytesIO()
    picture.save(png, format="PNG")
    landscape = picture.width > picture.height
    width, height = (842, 595) if landscape else (595, 842)
    doc = pymupdf.open()
    page = doc.new_page(width=width, height=height)
    margin = 36
    page.insert_image(
        pymupdf.Rect(margin, margin, width - margin, height - margin),
        stream=png.getvalue(),
        keep_proportion=True,
    )
    doc.set_metadata({"title": "Afgeschermde kopie identiteitsbewijs", "creator": "dossierwijs"})
    data = doc.tobytes(garbage=3, deflate=True)
    doc.close()
    return data
