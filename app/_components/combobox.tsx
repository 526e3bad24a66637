"use client";
// The pickers: a WAI-ARIA 1.2 combobox (downshift's useCombobox: the input owns a listbox, arrow keys move through
// the matches, Enter chooses, Escape closes) for one value, and with useMultipleSelection for several, shown as
// chips (Backspace in the empty input removes the last one; each chip has a remove button). The options come from
// a hook given the typed text: a list filtered here (countries, areas) or the server's search (partners,
// agreements, people). What the form sends is in hidden inputs under the field's name.
import { useCombobox, useMultipleSelection } from "downshift";
import { useEffect, useId, useState } from "react";
import { fmt } from "@/server/i18n/format";
import { useI18n } from "../_i18n/client";
import styles from "./combobox.module.css";
import { describedBy, type FieldProps, FieldShell, useFieldError } from "./fields";

export interface PickerOption {
  value: string;
  label: string;
  /** Shown beside the label, smaller: the country, the code, the partner. */
  detail?: string;
  /** The language the label is written in, where it is not the page's. */
  lang?: string;
  /** Other texts the option is found by: a code, an old code, its name in the other language. */
  keywords?: readonly string[];
}

/** The matches for a typed text, and whether more are on their way. */
export interface OptionSource {
  options: PickerOption[];
  loading: boolean;
}

/** A hook returning the options for a typed text: called on every render with the current text. */
export type UseOptions = (text: string) => OptionSource;

/** Lower case without accents, so "osterreich" finds Österreich. */
function folded(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().trim();
}

/**
 * The options that match a typed text, best first: a code or keyword typed exactly, then labels starting with the
 * text, then labels with a word starting with it, then labels or keywords containing it.
 */
export function rankOptions(options: readonly PickerOption[], text: string, limit = 50): PickerOption[] {
  const typed = folded(text);
  if (typed === "") return options.slice(0, limit);
  const scored: { option: PickerOption; score: number }[] = [];
  for (const option of options) {
    const label = folded(option.label);
    const keywords = (option.keywords ?? []).map(folded);
    const score = keywords.includes(typed)
      ? 0
      : label.startsWith(typed)
        ? 1
        : label.split(/[\s\-–(),.]+/).some((word) => word.startsWith(typed))
          ? 2
          : label.includes(typed) || keywords.some((keyword) => keyword.includes(typed))
            ? 3
            : -1;
    if (score >= 0) scored.push({ option, score });
  }
  return scored
    .sort((a, b) => a.score - b.score || a.option.label.localeCompare(b.option.label))
    .slice(0, limit)
    .map((entry) => entry.option);
}

/** A value that follows another after a pause (the server is asked once the user stops typing). */
export function useDebounced<T>(value: T, ms: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

function OptionText({ option }: { option: PickerOption }) {
  return (
    <>
      <span lang={option.lang}>{option.label}</span>
      {option.detail ? <span className={styles.detail}>{option.detail}</span> : null}
    </>
  );
}

type Combobox = ReturnType<typeof useCombobox<PickerOption>>;

/** The toggle button, the list of matches (always in the page, empty while closed) and "no matches". */
function PickerMenu(props: { label: string; options: readonly PickerOption[]; loading: boolean; combobox: Combobox }) {
  const { isOpen, highlightedIndex, getToggleButtonProps, getMenuProps, getItemProps } = props.combobox;
  const { m } = useI18n();
  return (
    <>
      <button
        type="button"
        className={styles.toggle}
        {...getToggleButtonProps({ "aria-label": `${m.form.showOptions}: ${props.label}` })}
      >
        <span aria-hidden="true">{isOpen ? "▴" : "▾"}</span>
      </button>
      <ul className={styles.menu} {...getMenuProps()}>
        {isOpen
          ? props.options.map((option, index) => (
              <li
                key={option.value}
                className={styles.option}
                {...getItemProps({ item: option, index })}
                data-highlighted={highlightedIndex === index || undefined}
              >
                <OptionText option={option} />
              </li>
            ))
          : null}
      </ul>
      {isOpen && props.options.length === 0 ? (
        <div className={styles.note}>{props.loading ? m.form.searching : m.form.noResults}</div>
      ) : null}
    </>
  );
}

interface PickerProps extends FieldProps {
  useOptions: UseOptions;
  placeholder?: string;
}

/** Says how many matches there are when the list opens or changes (downshift puts it in a live region). */
function useStatusMessage() {
  const { m, locale } = useI18n();
  return (count: number, isOpen: boolean, loading: boolean) =>
    !isOpen ? "" : loading && count === 0 ? m.form.searching : fmt(m.form.resultCount, { count }, locale);
}

type PickerOfOneProps = PickerProps & {
  defaultSelected?: PickerOption | null;
  onSelect?: (option: PickerOption | null) => void;
  unmatched?: "text" | "empty";
};

/**
 * One value from a list. The hidden input carries the chosen option's value; when the text typed matches no
 * choice, it carries the text itself with `unmatched: "text"` (the server then says what is wrong with it, e.g.
 * "UK") or nothing. Its hint says to type to search, unless the form says otherwise.
 */
export function ComboBox(props: PickerOfOneProps) {
  const { m } = useI18n();
  return <PickerOfOne hint={m.form.typeToSearch} {...props} />;
}

function PickerOfOne(props: PickerOfOneProps) {
  const id = useId();
  const [selected, setSelected] = useState<PickerOption | null>(props.defaultSelected ?? null);
  const [text, setText] = useState(props.defaultSelected?.label ?? "");
  // Showing the chosen option's label, the list offers everything; typing narrows it.
  const { options, loading } = props.useOptions(selected && text === selected.label ? "" : text);
  const status = useStatusMessage();
  const error = useFieldError(props);

  function choose(option: PickerOption | null) {
    setSelected(option);
    props.onSelect?.(option);
  }

  const combobox = useCombobox({
    items: options,
    itemToString: (option) => option?.label ?? "",
    itemToKey: (option) => option?.value,
    selectedItem: selected,
    // The text is downshift's own state (a controlled one loses keystrokes typed faster than React renders); `text`
    // follows it for the search and the hidden input.
    initialInputValue: props.defaultSelected?.label ?? "",
    inputId: id,
    labelId: `${id}-label`,
    menuId: `${id}-menu`,
    toggleButtonId: `${id}-toggle`,
    defaultHighlightedIndex: 0,
    getA11yStatusMessage: ({ isOpen: open }) => status(options.length, open, loading),
    onInputValueChange: ({ inputValue }) => {
      setText(inputValue ?? "");
      if (!inputValue) choose(null);
    },
    onSelectedItemChange: ({ selectedItem }) => choose(selectedItem ?? null),
    // Leaving the field keeps what was typed: a match is chosen with Enter or a click, never by tabbing away.
    stateReducer: (state, { type, changes }) =>
      type === useCombobox.stateChangeTypes.InputBlur
        ? { ...changes, selectedItem: state.selectedItem, inputValue: state.inputValue }
        : changes,
  });

  const typed = text.trim();
  const exact = options.find((option) => option.label.toLowerCase() === typed.toLowerCase());
  const value =
    selected && text === selected.label
      ? selected.value
      : exact
        ? exact.value
        : props.unmatched === "text"
          ? typed
          : "";

  return (
    <FieldShell {...props} id={id} labelId={`${id}-label`}>
      <div className={styles.control} data-invalid={error ? "true" : undefined}>
        <input
          className={styles.input}
          {...combobox.getInputProps({
            placeholder: props.placeholder,
            "aria-invalid": error ? true : undefined,
            "aria-describedby": describedBy(id, props.hint, error),
            "aria-required": props.required || undefined,
          })}
          data-field={props.name}
          autoComplete="off"
        />
        <PickerMenu label={props.label} options={options} loading={loading} combobox={combobox} />
      </div>
      <input type="hidden" name={props.name} value={value} />
    </FieldShell>
  );
}

type MultiPickerProps = PickerProps & {
  selected: readonly PickerOption[];
  onChange: (selected: PickerOption[]) => void;
};

/**
 * Several values from a list, shown as chips; the hidden inputs carry one value each under the field's name. The
 * field is wide and its hint says how to choose and remove, unless the form says otherwise.
 */
export function MultiComboBox(props: MultiPickerProps) {
  const { m } = useI18n();
  return <MultiPicker wide hint={m.form.pickerHint} {...props} />;
}

function MultiPicker(props: MultiPickerProps) {
  const { m, locale } = useI18n();
  const id = useId();
  const [text, setText] = useState("");
  const { options, loading } = props.useOptions(text);
  const chosen = new Set(props.selected.map((option) => option.value));
  const available = options.filter((option) => !chosen.has(option.value));
  const status = useStatusMessage();
  const error = useFieldError(props);

  const { getSelectedItemProps, getDropdownProps, removeSelectedItem } = useMultipleSelection<PickerOption>({
    selectedItems: [...props.selected],
    itemToKey: (option) => option?.value,
    onSelectedItemsChange: ({ selectedItems }) => props.onChange(selectedItems ?? []),
  });

  const combobox = useCombobox({
    items: available,
    itemToString: (option) => option?.label ?? "",
    itemToKey: (option) => option?.value,
    selectedItem: null,
    inputId: id,
    labelId: `${id}-label`,
    menuId: `${id}-menu`,
    toggleButtonId: `${id}-toggle`,
    defaultHighlightedIndex: 0,
    getA11yStatusMessage: ({ isOpen: open }) => status(available.length, open, loading),
    stateReducer: (state, { type, changes }) => {
      const types = useCombobox.stateChangeTypes;
      switch (type) {
        // Chosen: the list stays open for the next one, the text is cleared.
        case types.InputKeyDownEnter:
        case types.ItemClick:
          return { ...changes, isOpen: true, highlightedIndex: state.highlightedIndex, inputValue: "" };
        // Leaving the field chooses nothing.
        case types.InputBlur:
          return { ...changes, selectedItem: null, inputValue: state.inputValue };
        // The chosen item is handed to the chips at once; downshift then sees its (always empty) selectedItem
        // "change" and would clear the text, eating what was typed right after Enter.
        case types.ControlledPropUpdatedSelectedItem:
          return { ...changes, inputValue: state.inputValue };
        default:
          return changes;
      }
    },
    onStateChange: ({ type, selectedItem, inputValue }) => {
      const types = useCombobox.stateChangeTypes;
      if ((type === types.InputKeyDownEnter || type === types.ItemClick) && selectedItem) {
        props.onChange([...props.selected, selectedItem]);
        setText("");
      } else if (type === types.InputChange) {
        setText(inputValue ?? "");
      }
    },
  });

  return (
    <FieldShell {...props} id={id} labelId={`${id}-label`}>
      <div className={styles.control} data-invalid={error ? "true" : undefined}>
        {props.selected.length ? (
          <ul className={styles.chips} aria-label={`${m.form.selected}: ${props.label}`}>
            {props.selected.map((option, index) => (
              <li key={option.value} className={styles.chip} {...getSelectedItemProps({ selectedItem: option, index })}>
                <span lang={option.lang}>{option.label}</span>
                <button
                  type="button"
                  className={styles.remove}
                  aria-label={fmt(m.form.remove, { label: option.label }, locale)}
                  onClick={(event) => {
                    event.stopPropagation();
                    removeSelectedItem(option);
                  }}
                >
                  <span aria-hidden="true">×</span>
                </button>
              </li>
            ))}
          </ul>
        ) : null}
        <input
          className={styles.input}
          {...combobox.getInputProps(
            getDropdownProps({
              preventKeyAction: combobox.isOpen,
              placeholder: props.placeholder,
              "aria-invalid": error ? true : undefined,
              "aria-describedby": describedBy(id, props.hint, error),
            }),
          )}
          data-field={props.name}
          autoComplete="off"
        />
        <PickerMenu label={props.label} options={available} loading={loading} combobox={combobox} />
      </div>
      {props.selected.map((option) => (
        <input key={option.value} type="hidden" name={props.name} value={option.value} />
      ))}
    </FieldShell>
  );
}
