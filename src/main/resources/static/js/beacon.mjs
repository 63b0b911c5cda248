import { initAll } from '/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js';

initAll();

// A job page updates its progress without a full reload. Without JavaScript the page offers a
// refresh link instead, so nothing here is needed to follow a job.
const job = document.querySelector('[data-job-id]');
if (job) {
  const bar = job.querySelector('progress');
  const percent = job.querySelector('[data-job-progress]');
  const state = job.querySelector('[data-job-state]');
  const message = job.querySelector('[data-job-message]');
  const finished = new Set(['succeeded', 'failed', 'cancelled']);
  const poll = async () => {
    try {
      const response = await fetch('/api/v1/jobs/' + encodeURIComponent(job.dataset.jobId), {
        headers: { Accept: 'application/json' },
        credentials: 'same-origin'
      });
      if (!response.ok) return;
      const current = await response.json();
      bar.value = current.progress;
      bar.textContent = current.progress + '%';
      percent.textContent = current.progress + '%';
      state.textContent = current.state;
      message.textContent = current.message || '';
      if (finished.has(current.state)) {
        window.location.reload();
        return;
      }
    } catch (e) {
      // A network blip: try again on the next tick.
    }
    window.setTimeout(poll, 1000);
  };
  if (!finished.has(job.dataset.jobState)) {
    window.setTimeout(poll, 1000);
  }
}
