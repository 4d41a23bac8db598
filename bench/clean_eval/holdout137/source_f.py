"""holdout137, part F. Invented text; see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="corp-qingfeng-mat-factory-news-text",
        site="清凉竹业有限公司 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="text",
        source="http://www.qlzhuye.com/news/show-218.html",
        title="公司碳化竹凉席生产线通过节能改造验收",
        record_title="公司碳化竹凉席生产线通过节能改造验收_新闻中心_清凉竹业",
        date="2024-05-09",
        notes="company site text with sales hotline and online-service chrome; date in the byline",
        page="""
!m 清凉竹业 QINGLIANG BAMBOO
!m 销售热线：400-118-6629
!m 网站首页 | 公司简介 | 产品展示 | 新闻中心 | 在线留言
!t 公司碳化竹凉席生产线通过节能改造验收_新闻中心_清凉竹业
{T}
!m 发布时间：2024-05-09　　来源：本站
{BODY}
!l 上一条：公司荣获县级“专精特新”企业称号
!w 在线客服 点击交谈
!m 版权所有 © 清凉竹业有限公司　浙ICP备15021187号-1
""",
        body="""
5月8日，县经信局组织专家对我公司碳化竹凉席生产线节能改造项目进行了验收，项目顺利通过。
该项目总投资860万元，将原有燃煤碳化炉更换为生物质燃料碳化炉，并新增余热回收装置，改造后生产线年节约标准煤约620吨，减少二氧化碳排放约1600吨。
公司总经理徐志远表示，下一步将继续推进绿色工厂建设，力争年内申报省级绿色工厂。
""",
    ),
    dict(
        slug="training-banxie-coach-course-text",
        site="飞跃体育培训中心 (invented)",
        style="培训机构",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.feiyue-tiyu.cn/kc/banxie.html",
        title="少儿板鞋竞速暑期训练营招生简章",
        record_title="少儿板鞋竞速暑期训练营招生简章（名额有限）",
        date="2024-06-20",
        notes="training school page text: price tag, trial prompt and testimonial; fee table",
        page="""
!m 飞跃体育培训中心 · 让孩子爱上运动
!w 咨询热线：0771-5890266　微信同号
!t 少儿板鞋竞速暑期训练营招生简章（名额有限）
!a 早鸟价 ￥880（原价￥1200）　立即报名
{BODY}
!l 家长评价：“孩子练了一个暑假，学会了和同学配合，比以前开朗多了。”——王女士
!a 预约免费体验课
!m 飞跃体育培训中心　地址：芩溪县体育馆西侧
""",
        body="""
一、招生对象：8至14周岁的学生，身体健康，男女不限。
二、训练时间：2024年7月8日至8月9日，每周一至周五上午8:30至10:30。
三、训练内容：基础体能、三人协同步伐、起跑和弯道技术、接力配合。
四、收费标准
班型　人数　费用
基础班　每班24人　880元
提高班　每班18人　1080元
五、报名方式：到中心前台现场报名，或电话报名。
芩溪县飞跃体育培训中心
2024年6月20日
""",
    ),
    dict(
        slug="fanwenapp-wedding-planner-summary-html",
        site="妙笔写作App (invented)",
        style="范文APP",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://h5.miaobi-app.com/doc/view?id=552091",
        title="婚庆公司策划部2024年度工作总结",
        record_title="婚庆公司策划部2024年度工作总结（可编辑范本）",
        date=None,
        notes="writing app reading mode in HTML; copy/AI buttons; no date (year only in the title)",
        page="""
<html><head><meta charset="utf-8"><title>婚庆公司策划部2024年度工作总结（可编辑范本）</title></head>
<body>
<div class="bar">⟦a ‹ 返回⟧ ⟦m 妙笔写作⟧ ⟦a 分享⟧</div>
<h1>{T}</h1>
<div class="tags">⟦m 年终总结 · 企业部门 · 1280字⟧</div>
{BODY}
<div class="vip">⟦a 复制全文需开通会员　￥9.9/月⟧</div>
<div class="tool">⟦a 一键导出Word　AI帮我改写⟧</div>
<div class="rel">⟦l 猜你想写：婚庆策划师个人年终总结　婚礼执行年度工作计划⟧</div>
</body></html>
""",
        body="""
2024年，策划部在公司领导下，围绕“个性化、高品质”的目标，全年共完成婚礼策划186场，客户满意度达到96%。
一、主要工作。一是丰富主题方案，新推出中式、森系、草坪等主题方案12套；二是规范工作流程，制定策划方案三审制度；三是加强团队学习，组织内部培训10次。
二、存在不足。部分方案创意重复，旺季人手紧张，个别婚礼出现物料准备不足的问题。
三、明年计划。计划引进两名专业策划师，建立方案素材库，完善旺季人员调配机制。
""",
    ),
    dict(
        slug="gkforum-interview-huapao-question-html",
        site="公考圈论坛 (invented)",
        style="公考论坛",
        genre="范文",
        kind="other",
        form="html",
        source="https://bbs.gongkaoquan.com/thread-40981-1-1.html",
        title="结构化面试真题：如何组织一场抢花炮进社区活动",
        record_title="[面试真题] 结构化面试真题：如何组织一场抢花炮进社区活动 - 面试交流 - 公考圈论坛",
        date="2024-05-06",
        notes="exam forum with jammer fonts and moderator chrome; post time is the page's date",
        page="""
<html><head><meta charset="utf-8"><title>[面试真题] 结构化面试真题：如何组织一场抢花炮进社区活动 - 面试交流 - 公考圈论坛</title></head>
<body>
<div class="hd">⟦m 公考圈论坛⟧ ⟦a 登录 注册⟧</div>
<div class="pt">⟦m 公考圈 › 面试交流 › 真题解析⟧</div>
<h1>{T}</h1>
<div class="au">⟦m 楼主：面霸小王　发表于 2024-5-6 20:31⟧</div>
{BODY}
<div class="sig">⟦m 签名：面试不慌，稳稳上岸⟧</div>
<div class="po">⟦l 回复 | 收藏 | 评分⟧</div>
<div class="ft">⟦m 公考圈论坛 京ICP备14059921号⟧</div>
</body></html>
""",
        junk=dict(lines=1, glued=1),
        body="""
题目：你所在的县文体局要组织一场“抢花炮进社区”活动，由你负责，你会怎么组织？
参考答题思路如下。
首先，做好前期调研。了解社区居民的年龄结构和参与意愿，与社区、民族体育协会沟通，确定活动时间、场地和规模。
其次，制定详细方案。活动分为规则讲解、示范表演、趣味体验三个环节，考虑到社区居民多为老人和儿童，降低对抗强度，使用软质花炮。
再次，做好宣传和安全保障。通过社区公告栏、业主群发布活动信息；配备医务人员，设置安全警戒线。
最后，做好总结。收集居民反馈，形成活动总结，为后续常态化开展积累经验。
""",
    ),
    dict(
        slug="baike-leicha-entry-html",
        site="乡味百科 (invented)",
        style="百科问答",
        genre="词条",
        kind="other",
        form="html",
        source="https://www.xiangweibaike.com/doc/leicha.html",
        title="擂茶",
        record_title="擂茶_乡味百科",
        date=None,
        notes="encyclopaedia entry with info box and edit chrome; no date",
        page="""
<html><head><meta charset="utf-8"><title>擂茶_乡味百科</title></head>
<body>
<div class="hd">⟦m 乡味百科 — 发现家乡的味道⟧</div>
<h1>{T}</h1>
<div class="tools">⟦a 编辑词条　收藏　分享⟧</div>
<table class="infobox"><tr><td>⟦m 中文名：擂茶⟧</td></tr><tr><td>⟦m 主要食材：茶叶、芝麻、花生⟧</td></tr><tr><td>⟦m 分类：传统茶饮⟧</td></tr></table>
{BODY}
<div class="ref">⟦l 参考资料　1.《客家饮食文化》⟧</div>
<div class="stat">⟦m 浏览 5106 次　编辑 7 次　最近更新：半年前⟧</div>
</body></html>
""",
        body="""
擂茶是将茶叶、芝麻、花生等原料放入擂钵中研磨成糊状，再冲入沸水制成的一种传统茶饮，流行于客家地区及湘、赣、闽等地。
制作方法：先将茶叶和芝麻放入擂钵，用擂棍沿钵壁反复旋转研磨，再加入花生、香草等继续研磨成泥，最后冲入沸水搅匀即可。
饮用习俗：客家人常以擂茶待客，佐以炒米、花生、腌菜等“茶配”。
""",
    ),
    dict(
        slug="netdisk-kam-choir-score-list-html",
        site="橙子网盘 (invented)",
        style="网盘分享",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.chengzipan.com/s/7Hk2Q9",
        title="关于征集侗族大歌传统曲目资料的通知",
        record_title="关于征集侗族大歌传统曲目资料的通知.pdf",
        date="2024-04-22",
        notes="cloud-drive preview of a PDF; e-mail of the collecting office kept; save/download chrome",
        page="""
<html><head><meta charset="utf-8"><title>关于征集侗族大歌传统曲目资料的通知.pdf - 橙子网盘</title></head>
<body>
<div class="hd">⟦m 橙子网盘⟧ ⟦a 登录⟧</div>
<div class="file">⟦t 关于征集侗族大歌传统曲目资料的通知.pdf⟧ ⟦m 1.2MB　分享于 2024-09-03⟧</div>
<div class="btn">⟦a 保存到网盘　普通下载　高速下载⟧</div>
<div class="preview">
{BODY}
</div>
<div class="ft">⟦d 橙子网盘严禁分享违法内容⟧</div>
</body></html>
""",
        body="""
各乡镇文化站，各有关单位：
为全面整理侗族大歌传统曲目，县非遗保护中心决定面向社会征集大歌曲目资料。征集内容包括歌词手抄本、录音录像、歌师口述资料等。
请将资料于2024年6月30日前送至县非遗保护中心，或发送电子版至邮箱dgzj2024@163.com。对提供珍贵资料的单位和个人，中心将给予适当奖励。
联系人：石春燕，电话：0855-7712096。
县非物质文化遗产保护中心
2024年4月22日
""",
    ),
    dict(
        slug="snapshot-coix-coop-notice-text",
        site="搜搜快照 (invented text cache)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="text",
        source="http://kuaizhao.sousou-example.com/?url=www.nkyimi-coop.cn/news/36.html",
        title="那坡村薏米合作社关于2024年秋季收购价格的通知",
        record_title=None,
        date="2024-09-25",
        notes="text-only cache header; snapshot stamp not a date; title only on the page",
        page="""
!d 您查询的关键词已标注：薏米 收购 价格
!d 这是网页的纯文本快照，保存时间：2024年10月3日 12:06:55。原网页可能已更新。
!a 查看原网页
!m 那坡村薏米专业合作社
{T}
{BODY}
!m 版权所有：那坡村薏米专业合作社
""",
        body="""
各位社员：
经合作社理事会研究，2024年秋季薏米收购价格定为：一等品每斤4.2元，二等品每斤3.8元，等外品按质论价。
收购时间为10月8日至11月30日，地点在合作社晒场。请社员将薏米晒干扬净后交售，含水率不得超过13%。
咨询电话：13707714562（黄德宽）。
那坡村薏米专业合作社
2024年9月25日
""",
    ),
    dict(
        slug="print-sanzi-food-safety-print-html",
        site="荑城县市场监督管理局 (invented print view)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="html",
        source="http://scjg.yicheng.gov.cn/print/20240110_3385.html",
        title="关于开展春节前油炸面食类食品专项检查的通知",
        record_title="〔打印稿〕关于开展春节前油炸面食类食品专项检查的通知",
        date="2024-01-10",
        notes="print view HTML with print footer and URL; document number neutral",
        page="""
<html><head><meta charset="utf-8"><title>〔打印稿〕关于开展春节前油炸面食类食品专项检查的通知</title></head>
<body onload="window.print()">
<div class="pbar">⟦a 打印　｜　关闭⟧</div>
<h2>{T}</h2>
<p align="center">荑市监〔2024〕3号</p>
{BODY}
<div class="pfoot">⟦m 来源：http://scjg.yicheng.gov.cn/xxgk/20240110_3385.html⟧</div>
<div class="pfoot">⟦p 页 1 ／ 1⟧</div>
</body></html>
""",
        body="""
各市场监管所：
春节临近，馓子、麻花、油果等油炸面食类食品进入生产销售旺季。为保障节日食品安全，决定即日起至2月8日开展专项检查。
一、检查重点：食用油使用和更换情况、原料进货查验记录、从业人员健康证明、成品标签标识。
二、工作要求：各所要对辖区内小作坊、食品店、农贸市场摊点检查全覆盖，发现问题依法处理，检查情况于2月9日前报局食品生产科。
荑城县市场监督管理局
2024年1月10日
""",
    ),
    dict(
        slug="mail-fwd-bamboo-pole-dance-props-html",
        site="县文化馆邮箱 (invented webmail)",
        style="邮件转发",
        genre="请示",
        kind="request",
        form="html",
        source="https://mail.hdwhg.cn/read?mid=20241022-0931",
        title="关于申请购置竹竿舞演出器材的请示",
        record_title="转发：关于申请购置竹竿舞演出器材的请示",
        date="2024-10-21",
        date_also=["2024-10-22"],
        notes="webmail reader forwarding a request; mail headers, attachment header and toolbar chrome",
        page="""
<html><head><meta charset="utf-8"><title>转发：关于申请购置竹竿舞演出器材的请示 - 文化馆邮箱</title></head>
<body>
<div class="tool">⟦a 回复　回复全部　转发　删除　标记为未读⟧</div>
<div class="hdr">⟦t 转发：关于申请购置竹竿舞演出器材的请示⟧</div>
<div class="hdr">⟦m 发件人：业务部 &lt;ywb@hdwhg.cn&gt;⟧</div>
<div class="hdr">⟦m 收件人：馆办公室 &lt;bgs@hdwhg.cn&gt;⟧</div>
<div class="hdr">⟦m 时间：2024年10月22日 09:31⟧</div>
<p>馆长已同意，请办公室按程序办理，谢谢。</p>
<div class="quote">
<p>{T}</p>
{BODY}
</div>
<div class="att">⟦m 附件：器材清单.xlsx (18KB)⟧ ⟦a 下载　预览⟧</div>
</body></html>
""",
        body="""
馆领导：
我馆竹竿舞队现有竹竿大多已使用五年以上，部分出现开裂、变形，存在安全隐患。为保障年底“民族团结进步月”系列演出，拟购置演出用竹竿40根、垫木20根、演出服装24套，预算共计1.86万元。
妥否，请批示。
附件：竹竿舞演出器材清单
业务部
2024年10月21日
""",
    ),
]
