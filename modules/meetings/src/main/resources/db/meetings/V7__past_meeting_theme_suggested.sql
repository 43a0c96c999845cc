-- meetings V7: a past meeting's breakout group may carry a theme code that was only suggested (by the
-- demo campaign loader, from the theme's text) until a person confirms it on the meeting page.
alter table mtg_breakout_group add column theme_suggested boolean default false not null;
