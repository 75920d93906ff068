// Copy buttons for links (issue 11): a small progressive enhancement. Without it the link is
// shown in full and can be selected; with it, a button beside each [data-copy-link] copies the
// link and says so. Loaded only where links are shared, from this origin (CSP script-src 'self').
(() => {
	if (!navigator.clipboard) return;
	for (const holder of document.querySelectorAll('[data-copy-link]')) {
		const source = holder.querySelector('code, a');
		if (!source) continue;
		const button = document.createElement('button');
		button.type = 'button';
		button.className = 'secondary copy-button';
		button.textContent = holder.dataset.copyLabel || 'Copy';
		const status = document.createElement('span');
		status.setAttribute('role', 'status');
		status.className = 'muted';
		button.addEventListener('click', async () => {
			try {
				await navigator.clipboard.writeText(source.textContent.trim());
				status.textContent = holder.dataset.copiedLabel || 'Copied';
			} catch {
				status.textContent = holder.dataset.copyFailedLabel || '';
			}
		});
		holder.append(button, status);
	}
})();
