// A modal dialog opened by a button, from react-aria-components: focus moves into the dialog
// and stays there, Escape closes it, focus returns to the button that opened it, the rest of
// the page is hidden from screen readers meanwhile, and the heading names the dialog.
// A click beside the dialog does not close it, so what was typed into a form is not lost by
// a stray tap; `alertdialog` is for a question that needs an answer (deleting).
import type { ReactNode } from 'react';
import { Button, Dialog, DialogTrigger, Heading, Modal, ModalOverlay } from 'react-aria-components';

// react-aria's buttons add a <style> element (touch-action for pressable elements) unless one
// with this id exists; the server's CSP refuses inline styles, so a placeholder stands in and
// styles.css carries the rule, as for cytoscape.
function preventInlineStylesheet() {
  const id = 'react-aria-pressable-style';
  if (typeof document === 'undefined' || document.getElementById(id)) return;
  const placeholder = document.createElement('meta');
  placeholder.id = id;
  document.head.appendChild(placeholder);
}
preventInlineStylesheet();

export interface DialogButtonProps {
  // What the button says, and its accessible name when the visible text is not enough.
  label: ReactNode;
  ariaLabel?: string;
  className?: string;
  title: string;
  role?: 'dialog' | 'alertdialog';
  isOpen?: boolean;
  onOpenChange?: (open: boolean) => void;
  // The dialog's content; `close` shuts it (focus then returns to the button).
  children: (close: () => void) => ReactNode;
}

export function DialogButton({ label, ariaLabel, className = 'button-secondary', title, role = 'dialog', isOpen, onOpenChange, children }: DialogButtonProps) {
  return (
    <DialogTrigger isOpen={isOpen} onOpenChange={onOpenChange}>
      <Button className={`${className} nowrap-button`.trim()} aria-label={ariaLabel}>
        {label}
      </Button>
      <ModalOverlay className="modal-overlay" isDismissable={false}>
        <Modal className="modal">
          <Dialog role={role} className="dialog">
            {({ close }) => (
              <>
                <Heading slot="title" level={2} className="dialog-title">
                  {title}
                </Heading>
                {children(close)}
              </>
            )}
          </Dialog>
        </Modal>
      </ModalOverlay>
    </DialogTrigger>
  );
}
