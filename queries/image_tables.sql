-- Reports that pasted their tables as images: their figures are null and must be retyped by hand.
select id, agency, year, tables.proactive as 表二, tables.requests as 表三, tables.review as 表四
where tables.proactive = 'image' or tables.requests = 'image' or tables.review = 'image'
order by id;
