// The Templates page: the list, and the editor shown in its place when a template is chosen or a
// new one is started. The URL's hash keeps the editor's target, so a reload returns to it (and the
// editor offers back any unsaved draft). The elements confirm what they did themselves (a deletion
// at the top of the list, a submit in the editor's result panel), so the page adds no notice.

const listView = document.getElementById('template-list-view');
const editorView = document.getElementById('template-editor-view');
const editor = editorView.querySelector('hub-template-editor');
const back = document.getElementById('back-to-list');
/** The hash of the editor on screen, to return to when leaving it is cancelled. */
let editorHash = '';

function showList() {
  editorView.hidden = true;
  listView.hidden = false;
  if (location.hash) history.pushState(null, '', location.pathname + location.search);
  listView.querySelector('hub-template-list')?.focus();
}

function showEditor({ mode, name = '', language = '' }) {
  editor.readonly = mode === 'view';
  editor.mode = mode === 'view' ? 'edit' : mode;
  editor.templateName = name || undefined;
  editor.language = language || undefined;
  // The same target twice in a row (e.g. "New template" after a submit) starts over too.
  editor.reset();
  listView.hidden = true;
  editorView.hidden = false;
  const hash = `#${mode}${name ? `/${name}/${language}` : ''}`;
  editorHash = hash;
  if (location.hash !== hash) history.pushState(null, '', hash);
  editorView.querySelector('button')?.focus();
}

function fromHash() {
  const [mode, name, language] = location.hash.slice(1).split('/');
  if (['create', 'edit', 'copy', 'add-language', 'view'].includes(mode)) {
    showEditor({ mode, name, language });
  } else {
    editorView.hidden = true;
    listView.hidden = false;
  }
}

document.addEventListener('hub-template-create', () => showEditor({ mode: 'create' }));
document.addEventListener('hub-template-select', ({ detail }) => {
  const { template, action } = detail;
  showEditor({ mode: action, name: template.name, language: template.language });
});
document.addEventListener('hub-template-cancel', showList);

// Leaving through the portal's own link goes through the editor's unsaved-changes check.
back.addEventListener('click', () => editor.requestLeave());

// The browser's Back button leaves the editor like the portal's link: unsaved changes ask first.
window.addEventListener('popstate', () => {
  if (!editorView.hidden && location.hash !== editorHash && editor.hasUnsavedChanges) {
    history.pushState(null, '', editorHash);
    editor.requestLeave();
    return;
  }
  fromHash();
});
fromHash();
