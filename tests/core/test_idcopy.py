import io
import math
from datetime import date

import pymupdf
import pytest
from PIL import Image, ImageDraw, ImageFont

from dossierwijs.core.idcopy import IdCopyError, MaskArea, mask_id_copy, watermark_text

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
BSN = MaskArea(0.55, 0.70, 0.95, 0.85)
PHOTO = MaskArea(0.05, 0.20, 0.35, 0.80)
ON = date(2026, 11, 28)


def _id_photo(fmt="JPEG", exif=None) -> bytes:
    """A card-like picture: a grey photo block and a red BSN line on white."""
    image = Image.new("RGB", (1000, 630), "white")
    draw = ImageDraw.Draw(image)
    draw.rectangle((60, 130, 340, 500), fill=(120, 120, 120))
    font = ImageFont.truetype(FONT, 40)
    draw.text((570, 450), "BSN 123456782", fill=(220, 0, 0), font=font)
    draw.text((400, 150), "Canarisvogel", fill=(0, 0, 0), font=font)
    out = io.BytesIO()
    image.save(out, format=fmt, **({"exif": exif} if exif is not None else {}))
    return out.getvalue()


def _pixels(data: bytes) -> Image.Image:
    return Image.open(io.BytesIO(data)).convert("RGB")


def _values(image: Image.Image) -> list:
    flat = getattr(image, "get_flattened_data", None)  # Pillow 12+; getdata is deprecated
    return list(flat() if flat else image.getdata())


def test_chosen_areas_are_pure_black():
    result = _pixels(mask_id_copy(_id_photo(), areas=[BSN, PHOTO], organisation="De Klimop", on=ON))
    for area in (BSN, PHOTO):
        box = area.box(*result.size)
        colours = set(_values(result.crop(box)))
        assert colours == {(0, 0, 0)}


def test_purpose_text_is_burned_in_outside_the_masked_areas():
    original = _pixels(_id_photo("PNG"))
    result = _pixels(mask_id_copy(_id_photo("PNG"), areas=[BSN], organisation="De Klimop", on=ON))
    # The top-right quarter was plain white except the name; the watermark must reach it.
    region = (500, 0, 1000, 120)
    changed = sum(
        1
        for a, b in zip(_values(original.crop(region)), _values(result.crop(region)), strict=True)
        if a != b
    )
    assert changed > 500
    reddish = [p for p in _values(result) if p[0] > 200 and p[1] < 150 and p[2] < 150]
    assert reddish  # the burned-in text is a visible red


def test_burned_in_text_is_readable_by_ocr():
    import subprocess

    data = mask_id_copy(_id_photo("PNG"), areas=[PHOTO], organisation="De Klimop", on=ON)
    image = _pixels(data)
    angle = math.degrees(math.atan2(image.height, image.width))
    upright = image.rotate(-angle, expand=True, fillcolor="white")
    # Keep only the red watermark so the card's own print does not confuse OCR.
    red_only = Image.new("L", upright.size, 255)
    red_only.putdata(
        [0 if (r > 150 and g < 160 and b < 160) else 255 for r, g, b in _values(upright)]
    )
    buf = io.BytesIO()
    red_only.save(buf, format="PNG")
    text = subprocess.run(
        ["tesseract", "stdin", "stdout", "-l", "nld"],
        input=buf.getvalue(),
        capture_output=True,
        check=True,
    ).stdout.decode()
    # Rows run off the edges, so OCR sees fragments; these must be among them.
    assert "kopie voor" in text
    assert "Klimop" in text


def test_exif_is_dropped_and_orientation_applied():
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"  # Make
    exif[0x0112] = 6  # Orientation: rotate 90 degrees to show upright
    data = mask_id_copy(_id_photo(exif=exif), areas=[BSN], organisation="De Klimop", on=ON)
    result = Image.open(io.BytesIO(data))
    assert result.size == (630, 1000)
    assert not result.getexif()
    assert b"PhoneMaker" not in data


def test_pdf_output_is_one_page_with_only_an_image():
    data = mask_id_copy(
        _id_photo(), areas=[BSN, PHOTO], organisation="De Klimop", on=ON, output="pdf"
    )
    with pymupdf.open(stream=data, filetype="pdf") as doc:
        assert doc.page_count == 1
        page = doc[0]
        assert page.rect.width > page.rect.height  # landscape for a landscape card
        assert len(page.get_images()) == 1
        assert page.get_text().strip() == ""  # the text is in the pixels, not removable


def test_watermark_text_names_organisation_and_date():
    assert (
        watermark_text(" De Klimop ", ON) == "kopie voor inzageverzoek De Klimop, 28 november 2026"
    )


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"areas": []}, "BSN"),
        ({"areas": [MaskArea(0.5, 0.5, 0.4, 0.9)]}, "opnieuw"),
        ({"areas": [MaskArea(-0.1, 0.5, 0.4, 0.9)]}, "opnieuw"),
        ({"organisation": "  "}, "organisatie"),
        ({"output": "gif"}, "PNG of PDF"),
    ],
)
def test_bad_choices_give_a_dutch_message(kwargs, message):
    args = {"areas": [BSN], "organisation": "De Klimop", "on": ON, **kwargs}
    with pytest.raises(IdCopyError, match=message):
        mask_id_copy(_id_photo(), **args)


def test_a_file_that_is_not_a_photo_is_refused_kindly():
    with pytest.raises(IdCopyError, match="kan dossierwijs niet lezen"):
        mask_id_copy(b"%PDF-1.4 not a photo", areas=[BSN], organisation="De Klimop", on=ON)
