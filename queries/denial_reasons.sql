-- Why were requests refused? Each ground of 不予公开, 无法提供 and 不予处理, summed over the corpus.
select sum(requests.denied) as 不予公开,
       sum(requests.denied.state_secret) as 国家秘密,
       sum(requests.denied.third_party) as 第三方权益,
       sum(requests.denied.process) as 过程性信息,
       sum(requests.unavailable) as 无法提供,
       sum(requests.unavailable.not_held) as 不掌握,
       sum(requests.not_processed) as 不予处理,
       sum(requests.not_processed.petition) as 信访举报投诉;
