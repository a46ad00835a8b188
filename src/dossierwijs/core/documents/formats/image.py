"""Photos of paper letters (JPEG, PNG, HEIC): upright, grey, and ready for tesseract."""

from __future__ import annotations

import io

from .. import errors
from ..errors import DocumentError

A4_LONG_SIDE_INCH = 11.69
# Tesseract needs several bytes per pixel; beyond ~25 megapixels (A4 at 600 dpi is 35) a photo
# only costs memory and time, so larger photos are scaled down first.
OCR_MAX_PIXELS = 25_000_000


def normalise_photo(data: bytes, max_pixels: int) -> bytes:
    """Return a grey PNG of the photo, turned upright (EXIF), with a DPI that makes it A4-sized.

    Decoding happens here, inside the limited child; tesseract only ever sees our own PNG.
    """
    from PIL import Image, ImageOps

    Image.MAX_IMAGE_PIXELS = max_pixels
    try:
        import pillow_heif

        pillow_heif.register_heif_opener()
    except ImportError:  # pragma: no cover - HEIC then reads as "damaged"
        pass
    try:
        with Image.open(io.BytesIO(data)) as image:
            if image.width * image.height > max_pixels:
                raise DocumentError(errors.IMAGE_DAMAGED)
            upright = ImageOps.exif_transpose(image)
            grey = upright.convert("L")
            if grey.width * grey.height > OCR_MAX_PIXELS:
                scale = (OCR_MAX_PIXELS / (grey.width * grey.height)) ** 0.5
                size = (int(grey.width * scale), int(grey.height * scale))
                grey = grey.resize(size, Image.Resampling.LANCZOS)
    except DocumentError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise DocumentError(errors.IMAGE_DAMAGED) from exc
    except Exception as exc:
        raise DocumentError(errors.IMAGE_DAMAGED) from exc
    # The searchable PDF gets its page size from the DPI; a phone photo then becomes A4.
    dpi = max(72, round(max(grey.size) / A4_LONG_SIDE_INCH))
    out = io.BytesIO()
    grey.save(out, format="PNG", dpi=(dpi, dpi))
    return out.getvalue()
