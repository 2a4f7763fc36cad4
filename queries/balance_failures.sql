-- Reports whose table 三 breaks the 勾稽关系 (一 + 二 = 三（七） + 四) or another check:
-- the first list a third-party evaluator asks for.
select id, agency, year, check.balance, check.rows, check.processed, check.review, warnings
where not check.ok
order by agency, year;
