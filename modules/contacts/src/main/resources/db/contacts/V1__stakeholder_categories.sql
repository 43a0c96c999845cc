-- contacts: the stakeholder categories of the campaign (shared/demo-campaign/stakeholder_categories.txt)
-- Bangla names beyond GLOSSARY-bn.md need review by a native speaker.
create table cnt_stakeholder_category (
  id       bigint        not null primary key,
  name     varchar(300)  not null,
  name_bn  varchar(300),
  position integer       not null
);
insert into cnt_stakeholder_category (id, name, name_bn, position) values (1, 'INGOs who are working and providing financial and other types of support for children''s well-being', null, 1);
insert into cnt_stakeholder_category (id, name, name_bn, position) values (2, 'National NGOs working with child rights issues namely child victims/survivors'' rights, support and assistance to victims at national level', null, 2);
insert into cnt_stakeholder_category (id, name, name_bn, position) values (3, 'Grassroots NGOs and CBOs working with both women and child rights at village level', null, 3);
insert into cnt_stakeholder_category (id, name, name_bn, position) values (4, 'Social workers', 'সমাজকর্মী', 4);
insert into cnt_stakeholder_category (id, name, name_bn, position) values (5, 'Parents, school teachers and educators', 'অভিভাবক, স্কুল শিক্ষক ও শিক্ষাবিদ', 5);
insert into cnt_stakeholder_category (id, name, name_bn, position) values (6, 'University students', 'বিশ্ববিদ্যালয়ের শিক্ষার্থী', 6);
insert into cnt_stakeholder_category (id, name, name_bn, position) values (7, 'Government officials', 'সরকারি কর্মকর্তা', 7);
insert into cnt_stakeholder_category (id, name, name_bn, position) values (8, 'Law enforcing agencies', 'আইন প্রয়োগকারী সংস্থা', 8);
insert into cnt_stakeholder_category (id, name, name_bn, position) values (9, 'Lawyers', 'আইনজীবী', 9);
insert into cnt_stakeholder_category (id, name, name_bn, position) values (10, 'Media personnel', 'গণমাধ্যমকর্মী', 10);
