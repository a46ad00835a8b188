"""Document processing: detect, extract, OCR, suggest metadata (no Django)."""
