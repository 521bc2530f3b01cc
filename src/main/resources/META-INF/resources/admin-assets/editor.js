// The desk's rich-text body editor: TipTap over the plain <textarea data-rich-editor>, which stays the
// form field. The editor writes its HTML back into the textarea on every change and before any submit,
// so saving, refused saves and the editor's list buttons all carry the body; without JavaScript the
// textarea is simply there. The server sanitizes whatever arrives.
import { Editor } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';

// What TipTap's starter kit can hold. A body with anything else (figures, images, embeds...) opens as
// HTML, because loading it into the editor would silently drop that markup.
const KEEPS = new Set(['P', 'BR', 'H2', 'H3', 'H4', 'H5', 'H6', 'UL', 'OL', 'LI', 'BLOCKQUOTE', 'STRONG', 'B', 'EM', 'I',
  'U', 'S', 'CODE', 'PRE', 'HR', 'A']);

function keepsEverything(html) {
  const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  return [...doc.body.querySelectorAll('*')].every((el) => KEEPS.has(el.tagName));
}

const BUTTONS = [
  { name: 'bold', label: 'Bold', text: 'B', run: (c) => c.toggleBold(), active: (e) => e.isActive('bold') },
  { name: 'italic', label: 'Italic', text: 'I', run: (c) => c.toggleItalic(), active: (e) => e.isActive('italic') },
  { name: 'h2', label: 'Heading', text: 'H2', run: (c) => c.toggleHeading({ level: 2 }), active: (e) => e.isActive('heading', { level: 2 }) },
  { name: 'h3', label: 'Subheading', text: 'H3', run: (c) => c.toggleHeading({ level: 3 }), active: (e) => e.isActive('heading', { level: 3 }) },
  { name: 'bullets', label: 'Bulleted list', text: '• List', run: (c) => c.toggleBulletList(), active: (e) => e.isActive('bulletList') },
  { name: 'numbers', label: 'Numbered list', text: '1. List', run: (c) => c.toggleOrderedList(), active: (e) => e.isActive('orderedList') },
  { name: 'quote', label: 'Quote', text: '“ Quote', run: (c) => c.toggleBlockquote(), active: (e) => e.isActive('blockquote') },
  { name: 'undo', label: 'Undo', text: '↶', run: (c) => c.undo() },
  { name: 'redo', label: 'Redo', text: '↷', run: (c) => c.redo() },
];

function button(name, label, text) {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = `rich-${name}`;
  b.dataset.command = name;
  b.title = label;
  b.setAttribute('aria-label', label);
  b.textContent = text;
  return b;
}

/** An address as typed: kept if http(s) or mailto, given https:// if it has no scheme, refused otherwise. */
function linkAddress(typed) {
  const value = typed.trim();
  if (!value) return null;
  if (/^(https?:\/\/|mailto:)/i.test(value)) return value;
  if (/^[a-z][a-z0-9+.-]*:/i.test(value)) return null;
  return `https://${value}`;
}

function enhance(textarea) {
  const dir = textarea.getAttribute('dir') || 'ltr';
  const wrapper = document.createElement('div');
  wrapper.className = 'rich-editor';
  const toolbar = document.createElement('div');
  toolbar.className = 'rich-toolbar';
  toolbar.setAttribute('role', 'toolbar');
  toolbar.setAttribute('aria-label', 'Body formatting');
  toolbar.setAttribute('aria-controls', `${textarea.id}-rich`);
  const surface = document.createElement('div');
  surface.className = 'rich-surface';
  surface.id = `${textarea.id}-rich`;
  surface.setAttribute('dir', dir);
  const note = document.createElement('p');
  note.className = 'hint rich-note';
  note.setAttribute('role', 'status');

  const formatting = BUTTONS.map((spec) => {
    const b = button(spec.name, spec.label, spec.text);
    toolbar.append(b);
    return { spec, b };
  });
  const linkField = document.createElement('input');
  linkField.type = 'url';
  linkField.className = 'rich-link-address';
  linkField.placeholder = 'https://…';
  linkField.setAttribute('aria-label', 'Link address');
  const linkButton = button('link', 'Add link to the selected text', 'Link');
  const unlinkButton = button('unlink', 'Remove link', 'Unlink');
  const htmlButton = button('html', 'Edit as HTML', 'HTML');
  htmlButton.setAttribute('aria-pressed', 'false');
  toolbar.append(linkField, linkButton, unlinkButton, htmlButton);

  textarea.before(wrapper);
  wrapper.append(toolbar, surface, note);
  wrapper.append(textarea);

  const label = document.querySelector(`label[for="${textarea.id}"]`);
  const editor = new Editor({
    element: surface,
    content: textarea.value,
    extensions: [StarterKit.configure({
      heading: { levels: [2, 3, 4, 5, 6] },
      link: {
        openOnClick: false,
        // Off, so that text typed after a link does not join it (TipTap makes autolinks inclusive).
        autolink: false,
        defaultProtocol: 'https',
        protocols: ['mailto'],
        // The sanitizer sets rel="noopener noreferrer" on every link; new tabs are the reader's choice.
        HTMLAttributes: { target: null, rel: null },
      },
    })],
    editorProps: {
      attributes: {
        class: 'rich-content',
        dir,
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-label': label ? label.textContent.trim() : 'Body',
      },
    },
  });

  let html = false;
  const sync = () => {
    if (!html) textarea.value = editor.isEmpty ? '' : editor.getHTML();
  };
  const refresh = () => {
    formatting.forEach(({ spec, b }) => {
      b.disabled = html;
      if (spec.active) b.setAttribute('aria-pressed', String(!html && spec.active(editor)));
    });
    linkButton.disabled = html;
    unlinkButton.disabled = html || !editor.isActive('link');
    linkField.disabled = html;
    if (!html && editor.isActive('link') && document.activeElement !== linkField) {
      linkField.value = editor.getAttributes('link').href || '';
    }
  };
  const showHtml = (on, why) => {
    html = on;
    htmlButton.setAttribute('aria-pressed', String(on));
    surface.hidden = on;
    textarea.hidden = !on;
    note.textContent = why || '';
    refresh();
  };
  editor.on('update', sync);
  editor.on('transaction', refresh);

  formatting.forEach(({ spec, b }) => b.addEventListener('click', () => {
    spec.run(editor.chain().focus()).run();
  }));
  const applyLink = () => {
    const href = linkAddress(linkField.value);
    if (!href) {
      note.textContent = 'A link needs an address starting with https://, http:// or mailto:.';
      linkField.focus();
      return;
    }
    note.textContent = '';
    const { empty } = editor.state.selection;
    if (empty && !editor.isActive('link')) {
      editor.chain().focus().insertContent({ type: 'text', text: href, marks: [{ type: 'link', attrs: { href } }] }).run();
    } else {
      editor.chain().focus().extendMarkRange('link').setLink({ href }).run();
    }
    linkField.value = '';
  };
  linkButton.addEventListener('click', applyLink);
  // Enter in the address adds the link instead of submitting the item's form.
  linkField.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      applyLink();
    }
  });
  unlinkButton.addEventListener('click', () => editor.chain().focus().extendMarkRange('link').unsetLink().run());
  htmlButton.addEventListener('click', () => {
    if (!html) {
      sync();
      showHtml(true, 'Editing the HTML; press HTML again for the rich editor.');
      textarea.focus();
    } else if (keepsEverything(textarea.value)) {
      editor.commands.setContent(textarea.value, { emitUpdate: false });
      showHtml(false);
      sync();
      editor.commands.focus();
    } else {
      note.textContent = 'This body has figures, images or embeds the rich editor would drop, so it stays HTML.';
    }
  });

  textarea.form?.addEventListener('submit', sync, true);
  textarea.form?.addEventListener('formdata', sync, true);
  if (keepsEverything(textarea.value)) {
    showHtml(false);
    sync();
  } else {
    showHtml(true, 'This body has figures, images or embeds the rich editor would drop, so it is shown as HTML.');
  }
  const hint = document.getElementById(`${textarea.id}-hint`);
  if (hint) hint.textContent = 'Select text and use the buttons above; “HTML” shows the markup (for figures and embeds). Anything outside the article markup is removed on save.';
  wrapper.classList.add('ready');
  textarea.richEditor = editor;
}

document.querySelectorAll('textarea[data-rich-editor]').forEach(enhance);

// Enter in the "Also read" search runs the search instead of saving the item.
document.querySelectorAll('#relatedQuery').forEach((field) => field.addEventListener('keydown', (event) => {
  if (event.key === 'Enter') {
    event.preventDefault();
    // htmx answers the "search" event by itself; without it, the Find button runs the search.
    if (!window.htmx) field.form?.querySelector('button[value="related-find"]')?.click();
  }
}));
