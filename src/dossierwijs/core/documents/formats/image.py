"""Photos of paper letters (JPEG, PNG, HEIC): upright, grey, and ready for tesseract."""

from __future__ import annotations

import io

from .. import errors
from ..errors import DocumentError

A4_LONG_SIDE_INCH = 11.69


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
