// Zoom and pan for the actor map: a small progressive enhancement (issue 12 §6). The map is
// complete without it; with it, buttons zoom in and out, dragging moves the view, and Ctrl/⌘ +
// wheel zooms. Loaded only on the map page, from this origin (CSP script-src 'self'); it changes
// nothing but the SVG's viewBox and adds its own buttons.
(() => {
	const MAX_SCALE = 8;
	for (const figure of document.querySelectorAll('[data-actor-map-zoom]')) {
		const svg = figure.querySelector('svg.actor-map-svg');
		if (!svg) continue;
		const [, , width, height] = svg.getAttribute('viewBox').split(/\s+/).map(Number);
		let scale = 1;
		let cx = width / 2;
		let cy = height / 2;
		const apply = () => {
			const w = width / scale;
			const h = height / scale;
			cx = Math.min(Math.max(cx, w / 2), width - w / 2);
			cy = Math.min(Math.max(cy, h / 2), height - h / 2);
			svg.setAttribute('viewBox', `${cx - w / 2} ${cy - h / 2} ${w} ${h}`);
			// Only a zoomed map takes touch drags; otherwise the page scrolls as usual.
			svg.style.touchAction = scale > 1 ? 'none' : '';
			svg.style.cursor = scale > 1 ? 'grab' : '';
			reset.disabled = scale === 1;
			zoomOut.disabled = scale === 1;
			zoomIn.disabled = scale >= MAX_SCALE;
		};
		const zoomBy = (factor, px, py) => {
			const before = scale;
			scale = Math.min(MAX_SCALE, Math.max(1, scale * factor));
			if (px !== undefined) {
				// Keep the point under the pointer where it is.
				cx = px + (cx - px) * (before / scale);
				cy = py + (cy - py) * (before / scale);
			}
			apply();
		};
		const button = (label, text, run) => {
			const element = document.createElement('button');
			element.type = 'button';
			element.className = 'button secondary actor-map-zoom-button';
			element.textContent = text;
			element.setAttribute('aria-label', label);
			element.addEventListener('click', run);
			return element;
		};
		const zoomIn = button(figure.dataset.zoomIn, '+', () => zoomBy(1.5));
		const zoomOut = button(figure.dataset.zoomOut, '−', () => zoomBy(1 / 1.5));
		const reset = button(figure.dataset.zoomReset, figure.dataset.zoomReset, () => {
			scale = 1;
			apply();
		});
		const bar = document.createElement('div');
		bar.className = 'actor-map-zoom';
		bar.append(zoomIn, zoomOut, reset);
		figure.prepend(bar);

		const toUnits = (event) => {
			const box = svg.getBoundingClientRect();
			const w = width / scale;
			const h = height / scale;
			return { x: cx - w / 2 + ((event.clientX - box.left) / box.width) * w, y: cy - h / 2 + ((event.clientY - box.top) / box.height) * h };
		};
		svg.addEventListener(
			'wheel',
			(event) => {
				if (!event.ctrlKey && !event.metaKey) return;
				event.preventDefault();
				const point = toUnits(event);
				zoomBy(event.deltaY < 0 ? 1.25 : 1 / 1.25, point.x, point.y);
			},
			{ passive: false }
		);
		let drag = null;
		svg.addEventListener('pointerdown', (event) => {
			if (scale === 1 || event.button !== 0) return;
			drag = { x: event.clientX, y: event.clientY, cx, cy };
			svg.setPointerCapture(event.pointerId);
			svg.style.cursor = 'grabbing';
		});
		svg.addEventListener('pointermove', (event) => {
			if (!drag) return;
			const box = svg.getBoundingClientRect();
			cx = drag.cx - ((event.clientX - drag.x) / box.width) * (width / scale);
			cy = drag.cy - ((event.clientY - drag.y) / box.height) * (height / scale);
			apply();
		});
		const end = () => {
			drag = null;
			if (scale > 1) svg.style.cursor = 'grab';
		};
		svg.addEventListener('pointerup', end);
		svg.addEventListener('pointercancel', end);
		apply();
	}
})();
