// Huli.Glossary: opens the definition of a marked-up term in a popover on hover, focus and tap. No dependencies.
// WCAG 2.2 SC 1.4.13: Esc dismisses it without moving focus, the pointer can move onto it, and it stays until
// dismissed, until focus moves elsewhere or until the pointer leaves. Without this script every term is still
// a link to its note, and screen readers read the note's definition as the term's description either way.
const TERM = 'a.huli-glossary[data-glossary-number]';
const OPEN = 'data-huli-glossary-open';
const SHOW_DELAY = 80;
const HIDE_DELAY = 300;
const GAP = 6;
const MARGIN = 8;
const native = typeof HTMLElement === 'function' && 'popover' in HTMLElement.prototype;

let popover = null;
let owner = null;
let dismissed = null;
let returningFocus = false;
let showTimer = 0;
let hideTimer = 0;

function termOf(node) {
  return node instanceof Element ? node.closest(TERM) : null;
}

function inPopover(node) {
  return popover !== null && node instanceof Node && popover.contains(node);
}

function noteOf(term) {
  const href = term.getAttribute('href') || '';
  // Ids are ASCII names (HtmlOutputOptions.IdPrefix), so the fragment is the id as it stands.
  return href.startsWith('#') ? document.getElementById(href.slice(1)) : null;
}

function create() {
  popover = document.createElement('div');
  let id = 'huli-glossary-popover';
  for (let n = 2; document.getElementById(id); n++) {
    id = 'huli-glossary-popover-' + n;
  }
  popover.id = id;
  popover.className = 'huli-glossary-popover';
  popover.setAttribute('role', 'group');
  popover.setAttribute('aria-labelledby', id + '-title');
  if (native) {
    popover.popover = 'manual';
  } else {
    popover.hidden = true;
  }
}

function copyOf(node) {
  const copy = node.cloneNode(true);
  copy.removeAttribute('id');
  copy.querySelectorAll('[id]').forEach((element) => element.removeAttribute('id'));
  return copy;
}

// The popover shows what the note holds, so the two never disagree and the page carries each definition once.
function fill(note) {
  const title = document.createElement('p');
  title.className = 'huli-glossary-popover-title';
  title.id = popover.id + '-title';
  title.textContent = note.querySelector('dfn')?.textContent ?? '';
  const definition = document.createElement('p');
  definition.textContent = note.querySelector('.huli-glossary-definition')?.textContent ?? '';
  popover.replaceChildren(title, definition);
  const components = note.querySelector('.huli-glossary-components');
  if (components) {
    popover.append(copyOf(components));
  }
  const entry = note.querySelector('a.huli-glossary-entry');
  if (entry) {
    const line = document.createElement('p');
    line.className = 'huli-glossary-entry-link';
    line.append(copyOf(entry));
    popover.append(line);
    popover.removeAttribute('tabindex');
  } else {
    // A popover taller than the screen scrolls; without a link inside, the keyboard needs a way in.
    popover.tabIndex = 0;
  }
}

function show(term) {
  clearTimeout(showTimer);
  clearTimeout(hideTimer);
  if (owner === term) {
    return;
  }
  const note = noteOf(term);
  if (!note) {
    return;
  }
  hide();
  if (!popover) {
    create();
  }
  fill(note);
  // Right after the term, so that Tab from the term reaches the link inside.
  term.after(popover);
  owner = term;
  term.setAttribute(OPEN, '');
  if (native) {
    popover.showPopover();
  } else {
    popover.hidden = false;
  }
  popover.setAttribute(OPEN, '');
  place();
}

function hide() {
  clearTimeout(showTimer);
  clearTimeout(hideTimer);
  if (!owner) {
    return;
  }
  const term = owner;
  const hadFocus = inPopover(document.activeElement);
  owner = null;
  term.removeAttribute(OPEN);
  popover.removeAttribute(OPEN);
  if (native) {
    if (popover.matches(':popover-open')) {
      popover.hidePopover();
    }
  } else {
    popover.hidden = true;
  }
  if (hadFocus) {
    // Focus inside a closing popover would fall to the page; it goes back to the term instead.
    returningFocus = true;
    term.focus();
    returningFocus = false;
  }
}

function scheduleHide() {
  clearTimeout(showTimer);
  clearTimeout(hideTimer);
  hideTimer = setTimeout(hide, HIDE_DELAY);
}

// Below the term where it fits, else above; never past the viewport's edges.
function place() {
  if (!owner) {
    return;
  }
  const lines = owner.getClientRects();
  const first = lines[0] ?? owner.getBoundingClientRect();
  const last = lines[lines.length - 1] ?? first;
  const width = document.documentElement.clientWidth;
  const height = window.innerHeight;
  popover.style.maxHeight = '';
  popover.style.left = '0px';
  popover.style.top = '0px';
  const box = popover.getBoundingClientRect();
  const below = height - last.bottom - GAP - MARGIN;
  const above = first.top - GAP - MARGIN;
  let top;
  let left;
  if (box.height <= below || below >= above) {
    top = last.bottom + GAP;
    left = last.left;
    if (box.height > below) {
      popover.style.maxHeight = Math.max(below, 96) + 'px';
    }
  } else {
    const room = Math.min(box.height, above);
    popover.style.maxHeight = box.height > above ? room + 'px' : '';
    top = first.top - GAP - room;
    left = first.left;
  }
  left = Math.max(MARGIN, Math.min(left, width - MARGIN - box.width));
  popover.style.left = Math.round(left) + 'px';
  popover.style.top = Math.round(top) + 'px';
}

function install() {
  document.addEventListener('pointerover', (event) => {
    if (event.pointerType === 'touch') {
      return;
    }
    const term = termOf(event.target);
    if (term) {
      clearTimeout(hideTimer);
      // While the keyboard is inside a popover, a pointer passing over another term does not take it away.
      if (term !== owner && term !== dismissed && !inPopover(document.activeElement)) {
        clearTimeout(showTimer);
        showTimer = setTimeout(() => show(term), SHOW_DELAY);
      }
    } else if (inPopover(event.target)) {
      clearTimeout(hideTimer);
    }
  });

  document.addEventListener('pointerout', (event) => {
    if (event.pointerType === 'touch') {
      return;
    }
    const from = termOf(event.target) ?? (inPopover(event.target) ? popover : null);
    const to = event.relatedTarget;
    if (!from || (to instanceof Node && from.contains(to))) {
      return;
    }
    if (from === dismissed) {
      dismissed = null;
    }
    if (to instanceof Node && (inPopover(to) || (owner && owner.contains(to)))) {
      return;
    }
    if (from === popover || from === owner) {
      scheduleHide();
    } else {
      clearTimeout(showTimer);
    }
  });

  document.addEventListener('focusin', (event) => {
    const term = termOf(event.target);
    if (term) {
      if (!returningFocus) {
        dismissed = null;
        show(term);
      }
    } else if (owner && !inPopover(event.target)) {
      hide();
    }
  });

  // A tap or click anywhere else closes it (touch screens have no pointer to move away).
  document.addEventListener('pointerdown', (event) => {
    if (owner && !owner.contains(event.target) && !inPopover(event.target)) {
      hide();
    }
  }, true);

  document.addEventListener('click', (event) => {
    const term = termOf(event.target);
    if (!term || event.defaultPrevented || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey || !noteOf(term)) {
      return;
    }
    // With the popover at hand the jump to the note is not needed; a modified click still follows the link.
    event.preventDefault();
    dismissed = null;
    show(term);
  });

  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && owner) {
      dismissed = owner;
      hide();
    }
  });

  window.addEventListener('scroll', place, { capture: true, passive: true });
  window.addEventListener('resize', place, { passive: true });
}

// A page may carry the asset twice (two annotated fragments); the listeners go in once.
const installed = Symbol.for('huli-glossary');
if (!window[installed]) {
  window[installed] = true;
  install();
}
