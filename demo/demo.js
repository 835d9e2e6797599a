// The demo's language picker: switching the page's lang re-renders every element in that language.
const picker = document.querySelector('#language');
picker.addEventListener('change', () => {
  document.documentElement.lang = picker.value;
});
