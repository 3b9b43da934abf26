/**
 * The editable register table: column definitions. A column knows how to show a record's value,
 * sort by it, and (when editable) how to read typed text back into the record, with the same
 * validation rules as the forms (renderer/src/forms/rules.ts).
 */
import type { FieldError, Parsed } from '../forms/rules';

export interface Option {
  value: string;
  label: string;
}

export interface ColumnEdit<T> {
  /** text: typed in; select: chosen from options; checkbox: toggled with Space or a click. */
  kind: 'text' | 'select' | 'checkbox';
  options?: Option[];
  /** The text an edit starts from. */
  initialText(row: T): string;
  /** Reads typed text (or a chosen option value, or 'true'/'false'). */
  parse(text: string): Parsed<unknown>;
  /** The record with the new value; `null` when nothing changes. */
  apply(row: T, value: unknown): T | null;
  /** Whether this row's cell can be edited (e.g. "supplied by" only for receiving kitchens). */
  enabled?(row: T): boolean;
  /** A rule across fields of the record (e.g. an end date after the start), checked after parse. */
  validate?(row: T, value: unknown): FieldError | null;
}

export interface ColumnDef<T> {
  id: string;
  /** Translated header, with the unit or currency when the column has one. */
  header: string;
  /** The header's field name alone, for validation messages ("Lunch must be…"). */
  fieldName: string;
  width: number;
  align?: 'left' | 'right';
  display(row: T): string;
  sortValue(row: T): string | number;
  edit?: ColumnEdit<T>;
  /** For filterable columns: the choices, and the row's value among them. */
  filter?: { options: Option[]; value(row: T): string };
}

export interface SortState {
  columnId: string;
  direction: 'asc' | 'desc';
}

export interface ViewState {
  search: string;
  filters: Record<string, string>;
  sort: SortState | null;
}

/** A typed value that did not validate: kept, shown and explained until fixed or discarded. */
export interface InvalidDraft {
  text: string;
  error: FieldError;
}
