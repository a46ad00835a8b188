"""Photos are turned upright, grey and A4-sized for tesseract."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from dossierwijs.core.documents import errors
from dossierwijs.core.documents.errors import DocumentError
from dossierwijs.core.documents.formats.image import normalise_photo


def photo(size=(300, 400), orientation: int | None = None, fmt="JPEG") -> bytes:
    image = Image.new("RGB", size, "white")
    image.paste((0, 0, 0), (0, 0, 30, 10))  # a dark mark in the top-left corner
    out = io.BytesIO()
    if orientation:
        exif = Image.Exif()
        exif[0x0112] = orientation
        image.save(out, format=fmt, exif=exif)
    else:
        image.save(out, format=fmt)
    return out.getvalue()


def test_a_photo_becomes_a_grey_png_with_an_a4_dpi():
    with Image.open(io.BytesIO(normalise_photo(photo((2000, 2800)), 10**8))) as result:
        assert result.format == "PNG" and result.mode == "L"
        assert result.size == (2000, 2800)
        assert round(result.info["dpi"][0]) == round(2800 / 11.69)  # 11.69 inch: A4's long side


def test_a_sideways_phone_photo_is_turned_upright():
    with Image.open(io.BytesIO(normalise_photo(photo(orientation=6), 10**8))) as result:
        assert result.size == (400, 300)


def test_a_huge_photo_is_scaled_down_for_tesseract():
    from dossierwijs.core.documents.formats import image

    with Image.open(io.BytesIO(normalise_photo(photo((6000, 5000), fmt="PNG"), 10**8))) as result:
        assert result.width * result.height <= image.OCR_MAX_PIXELS
        assert result.width > 5000


def test_a_heic_photo_is_read():
    import pillow_heif

    pillow_heif.register_heif_opener()
    with Image.open(io.BytesIO(normalise_photo(photo(fmt="HEIF"), 10**8))) as result:
        assert result.size == (300, 400)


@pytest.mark.filterwarnings("ignore::PIL.Image.DecompressionBombWarning")
def test_a_photo_with_too_many_pixels_is_refused():
    with pytest.raises(DocumentError) as caught:
        normalise_photo(photo(size=(1000, 1000)), 500_000)
    assert caught.value.message == errors.IMAGE_DAMAGED


def test_a_broken_photo_gives_a_dutch_message():
    with pytest.raises(DocumentError) as caught:
        normalise_photo(b"\xff\xd8\xff" + bytes(100), 10**8)
    assert caught.value.message == errors.IMAGE_DAMAGED
