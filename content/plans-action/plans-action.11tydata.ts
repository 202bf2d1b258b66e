// Every page of the publication gets the layout with its sidebar, unless it names another.
export default {
  layout: "layouts/plans-action.njk",
};
