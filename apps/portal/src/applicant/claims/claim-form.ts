import { yuanToFen, type ClaimCategory } from '@lz/policy';
import { carriesAmount, type NewClaim } from '../../api/claims';

export interface ClaimForm {
  consortiumId: string;
  category: ClaimCategory | '';
  subjectRef: string;
  subjectName: string;
  /** Yuan as typed (4.1, 4.3, 4.4); stored as integer fen. */
  amountYuan: string;
}

export type ClaimFormField = 'consortiumId' | 'category' | 'subject.ref' | 'subject.name' | 'amountFen';
export type ClaimFormErrors = Partial<Record<ClaimFormField, 'required' | 'amount'>>;

/** The body of `POST /claims` from the form, or what is missing or wrong (by the body's paths). */
export function claimBody(form: ClaimForm): { body: NewClaim } | { errors: ClaimFormErrors } {
  const errors: ClaimFormErrors = {};
  if (!form.consortiumId) errors.consortiumId = 'required';
  if (!form.category) errors.category = 'required';
  if (!form.subjectRef.trim()) errors['subject.ref'] = 'required';
  if (!form.subjectName.trim()) errors['subject.name'] = 'required';
  let amountFen = 0;
  if (form.category && carriesAmount(form.category)) {
    try {
      amountFen = yuanToFen(form.amountYuan);
      if (amountFen < 1) errors.amountFen = 'amount';
    } catch {
      errors.amountFen = 'amount';
    }
  }
  if (Object.keys(errors).length > 0 || !form.category) return { errors };
  return {
    body: {
      consortiumId: form.consortiumId,
      category: form.category,
      subject: { ref: form.subjectRef.trim(), name: form.subjectName.trim() },
      amountFen,
    },
  };
}
