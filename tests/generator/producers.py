"""Printing the HTML to PDF with a real producer, and reading the printed pages back for the truth."""
import hashlib
import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
SOFFICE = os.environ.get("SOFFICE", "soffice")


def print_pdf(producer, html_path: Path, pdf_path: Path):
    """Chromium prints rulings as filled rectangles; LibreOffice Writer strokes them."""
    if producer == "chromium":
        subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                        f"--print-to-pdf={pdf_path}", str(html_path)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    elif producer == "soffice":
        with tempfile.TemporaryDirectory() as work:
            subprocess.run([SOFFICE, f"-env:UserInstallation=file://{work}/profile", "--headless",
                            "--convert-to", "pdf:writer_web_pdf_Export", "--outdir", work, str(html_path)],
                           check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            shutil.move(Path(work) / (html_path.stem + ".pdf"), pdf_path)
    else:
        raise ValueError(f"unknown producer {producer}")


def page_texts(pdf_path: Path):
    """The text of every page, whitespace removed (pdftotext)."""
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf_path), "-"], check=True,
                          capture_output=True, text=True).stdout
    pages = text.split("\f")
    if pages and not pages[-1].strip():
        pages = pages[:-1]
    return [re.sub(r"\s+", "", p) for p in pages]


def sha256(path: Path):
    return hashlib.sha256(path.read_bytes()).hexdigest()
