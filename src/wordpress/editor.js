// The blocks' settings in the editor's sidebar, in plain words. The published page renders each block on the server
// (includes/markup.php), so the editor shows a placeholder naming the element and what was chosen.
(({ blocks, element, blockEditor, components }) => {
  const { createElement: el, Fragment } = element;
  const { InspectorControls, useBlockProps } = blockEditor;
  const { PanelBody, SelectControl, TextControl, ToggleControl } = components;

  const language = {
    label: 'Language',
    help: 'Empty: the language of the page. A code such as de, fr, pt-BR or zh-Hant.',
    type: 'text',
  };
  const theme = {
    label: 'Colours',
    type: 'select',
    options: [
      ['auto', "Follow the visitor's light or dark setting"],
      ['light', 'Light'],
      ['dark', 'Dark'],
    ],
  };
  const country = { label: 'Country', help: 'Two letters, such as DE, GB or FR.', type: 'text' };
  const label = {
    label: 'Name for screen readers',
    help: 'When a page has two of them. Empty: chosen for you.',
    type: 'text',
  };

  const FIELDS = {
    'sid-widgets/countdown': {
      lang: language,
      theme,
      timeZone: {
        label: 'Time zone whose day counts',
        help: "Empty: the visitor's. Such as Europe/Brussels.",
        type: 'text',
      },
      date: {
        label: 'Count to another day',
        help: 'Empty: the next Safer Internet Day. A date such as 2027-03-01.',
        type: 'text',
      },
      units: {
        label: 'Units to show',
        help: 'Such as: days hours. Empty: days, hours, minutes and seconds.',
        type: 'text',
      },
      calendar: { label: 'Show an "Add to calendar" link', type: 'toggle' },
    },
    'sid-widgets/theme-banner': {
      lang: language,
      theme,
      country: { ...country, help: "Two letters, such as DE or GB: that country's theme, where there is one." },
      layout: {
        label: 'Shape',
        type: 'select',
        options: [
          ['card', 'A card'],
          ['bar', 'A full-width bar'],
        ],
      },
      year: { label: 'Year', help: 'Empty: this year, or next once the day is over.', type: 'text' },
      showCountdown: { label: 'Show the days left', type: 'toggle' },
      showHelpline: { label: "Show the country's helpline for children", type: 'toggle' },
      dismissible: { label: 'Let visitors close it', type: 'toggle' },
      calendar: { label: 'Show an "Add to calendar" link', type: 'toggle' },
      label,
    },
    'sid-widgets/tip-carousel': {
      lang: language,
      theme,
      audience: {
        label: 'Tips for',
        type: 'select',
        options: [
          ['', 'Everyone'],
          ['children', 'Children'],
          ['teens', 'Teens'],
          ['parents', 'Parents and carers'],
          ['educators', 'Teachers and educators'],
        ],
      },
      country: {
        ...country,
        help: "Two letters, such as DE or GB: the tips about getting help end with that country's helpline.",
      },
      autoplay: { label: 'Show the tips one after another', type: 'toggle' },
      tipOfTheDay: { label: 'Show one tip a day', type: 'toggle' },
      label,
    },
  };

  const control = (field, value, onChange) => {
    if (field.type === 'toggle') return el(ToggleControl, { label: field.label, checked: !!value, onChange });
    if (field.type === 'select') {
      const options = field.options.map(([optionValue, label]) => ({ value: optionValue, label }));
      return el(SelectControl, { label: field.label, value, options, onChange });
    }
    return el(TextControl, { label: field.label, help: field.help, value: value || '', onChange });
  };

  for (const [name, fields] of Object.entries(FIELDS)) {
    blocks.registerBlockType(name, {
      edit({ attributes, setAttributes }) {
        const settings = Object.entries(fields).map(([key, field]) =>
          el(
            'div',
            { key },
            control(field, attributes[key], (value) => setAttributes({ [key]: value })),
          ),
        );
        const chosen = Object.entries(attributes)
          .filter(([, value]) => value !== '' && value !== false)
          .map(([key, value]) => `${fields[key]?.label ?? key}: ${value === true ? 'yes' : value}`)
          .join(' · ');
        const title = blocks.getBlockType(name)?.title ?? name;
        return el(
          Fragment,
          null,
          el(InspectorControls, null, el(PanelBody, { title: 'Settings' }, settings)),
          el(
            'div',
            useBlockProps({ style: { padding: '1em', border: '1px dashed currentColor', borderRadius: '0.5em' } }),
            el('strong', null, title),
            el('p', null, chosen || 'Shown on the published page, in the visitor’s language.'),
          ),
        );
      },
      save: () => null,
    });
  }
})(window.wp);
