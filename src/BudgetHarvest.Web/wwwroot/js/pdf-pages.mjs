// Draws the PDF page each extracted table came from beside its grid, with pdf.js (vendored under
// /lib/pdfjs). Pages are drawn when they scroll into view, so a 40-page document costs nothing
// until it is read. A figure gets data-rendered="N" once page N is drawn, or data-error.
import * as pdfjs from "/lib/pdfjs/pdf.min.mjs";

pdfjs.GlobalWorkerOptions.workerSrc = "/lib/pdfjs/pdf.worker.min.mjs";

const root = document.querySelector("[data-pdf-url]");
const figures = [...document.querySelectorAll("figure[data-pdf-page]")];

function fail(figure, message) {
    figure.dataset.error = message;
    let note = figure.querySelector(".pdf-error");
    if (!note) {
        note = document.createElement("p");
        note.className = "pdf-error";
        figure.prepend(note);
    }
    note.textContent = message;
}

function explain(error) {
    if (error?.name === "PasswordException") {
        return "The PDF is password-protected; its pages cannot be shown.";
    }
    if (error?.name === "InvalidPDFException") {
        return "The file is not a readable PDF; its pages cannot be shown.";
    }
    return `The PDF could not be shown: ${error?.message ?? error}`;
}

async function render(pdf, figure, number) {
    const canvas = figure.querySelector("canvas");
    if (number < 1 || number > pdf.numPages) {
        fail(figure, `The PDF has ${pdf.numPages} page(s); page ${number} does not exist.`);
        return;
    }
    figure.dataset.rendering = String(number);
    const page = await pdf.getPage(number);
    const width = canvas.parentElement.clientWidth || 600;
    const scale = (width / page.getViewport({ scale: 1 }).width) * (window.devicePixelRatio || 1);
    const viewport = page.getViewport({ scale });
    canvas.width = Math.floor(viewport.width);
    canvas.height = Math.floor(viewport.height);
    await page.render({ canvas, viewport }).promise;
    delete figure.dataset.error;
    figure.querySelector(".pdf-error")?.remove();
    figure.dataset.rendered = String(number);
    const label = figure.querySelector(".page-number");
    if (label) {
        label.textContent = String(number);
    }
    for (const button of figure.querySelectorAll("[data-show-page]")) {
        button.classList.toggle("current", button.dataset.showPage === String(number));
    }
}

if (root && figures.length > 0) {
    let pdf;
    try {
        pdf = await pdfjs.getDocument({
            url: root.dataset.pdfUrl,
            // Chinese PDFs often name predefined CMaps (UniGB-UCS2-H …) instead of embedding them.
            cMapUrl: "/lib/pdfjs/cmaps/",
            cMapPacked: true,
            isEvalSupported: false,
        }).promise;
    } catch (error) {
        for (const figure of figures) {
            fail(figure, explain(error));
        }
    }

    if (pdf) {
        const draw = (figure, number) => render(pdf, figure, number).catch(error => fail(figure, explain(error)));
        const observer = new IntersectionObserver(entries => {
            for (const entry of entries.filter(e => e.isIntersecting)) {
                observer.unobserve(entry.target);
                draw(entry.target, Number(entry.target.dataset.page));
            }
        }, { rootMargin: "600px 0px" });
        for (const figure of figures) {
            observer.observe(figure);
            for (const button of figure.querySelectorAll("[data-show-page]")) {
                button.addEventListener("click", () => draw(figure, Number(button.dataset.showPage)));
            }
        }
    }
}
