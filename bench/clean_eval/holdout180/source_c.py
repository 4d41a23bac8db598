"""holdout180, part C: thimbles (顶针) — invented sites, counties (艟浦, 舴湖, 艚山 …), people and chrome wording."""

CASES = [
    dict(
        slug="association-zhenxian-pledge-thimble-html",
        site="艟浦市针织缝纫行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://www.tpzfxh.example.org.cn/xhdt/2025/0312/140.html",
        title="关于规范金属顶针等缝纫辅件质量的行业自律倡议",
        record_title="【协会倡议】关于规范金属顶针等缝纫辅件质量的行业自律倡议",
        date="2025-03-12",
        notes="HTML association: member-login box, 协会动态 sidebar; the association's own 联系电话/邮箱 in the body beside its member hotline; 成文日期",
        page="""
<html><head><meta charset="utf-8"><title>【协会倡议】关于规范金属顶针等缝纫辅件质量的行业自律倡议</title></head>
<body>
<div class="hd">⟦m 艟浦市针织缝纫行业协会⟧ <form class="login">⟦a 会员编号 密码 登录 忘记密码？⟧</form></div>
<div class="nav">⟦m 协会简介 · 协会动态 · 会员名录 · 标准规范 · 联系我们⟧</div>
<div class="loc">⟦m 当前位置：首页 > 协会动态 > 协会倡议⟧</div>
<h1>⟦t 关于规范金属顶针等缝纫辅件质量的行业自律倡议⟧</h1>
<div class="meta">⟦m 日期：2025-03-12　浏览：203⟧</div>
<div class="body">
{BODY}
</div>
<div class="side"><h4>⟦l 协会动态⟧</h4><ul><li>⟦l 协会第三届会员大会顺利召开⟧</li><li>⟦l 缝纫辅件团体标准征求意见⟧</li></ul></div>
<div class="ft">⟦m 会员服务热线：0574-81920011⟧ ⟦d ©艟浦市针织缝纫行业协会 版权所有⟧</div>
</body></html>
""",
        body="""
全市各会员单位：
近年来，我市顶针、针插、穿线器等缝纫辅件出口量逐年增长，但也出现了个别企业以次充好、镀层脱落、尺寸虚标等问题，影响了行业声誉。
为此，协会向全体会员单位倡议：
一、严格执行镀层厚度和镍释放量标准，不使用回收杂料生产顶针。
二、如实标注顶针尺寸和材质，不虚标、不夸大宣传。
三、建立出厂检验记录，每批次留样备查，保存期不少于两年。
联系电话：0574-81923306　邮箱：xiehui_tp@example.org.cn
艟浦市针织缝纫行业协会
2025年3月12日
""",
    ),
    dict(
        slug="company-jinding-news-thimble-export",
        site="金顶五金制品有限公司 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.jinding-hw.example.com/news/2025/0418.html",
        title="公司黄铜顶针首次出口北欧市场",
        record_title="公司黄铜顶针首次出口北欧市场 - 金顶五金",
        date="2025-04-18",
        notes="company site: a dotted company date byline; an online-service float; a product ad box on a line of its own between paragraphs",
        page="""
!m 金顶五金 JINDING HARDWARE
!m 首页 | 关于我们 | 产品中心 | 新闻动态 | 联系我们
{T}
!m 2025.04.18　新闻动态　浏览量：189
{BODY}
!a 在线客服　|　留言询价
!m 销售热线：0574-8810 6688　传真：0574-8810 6689
!d Copyright © 2025 艟浦金顶五金制品有限公司　All Rights Reserved
""",
        body="""
4月16日，一批共计十二万枚黄铜顶针从艟浦港装船发往北欧，这是公司顶针产品首次进入北欧市场。
这批顶针采用整体冲压、手工抛光工艺，内壁设计了防滑凹点，主要供应当地的手工拼布和皮具爱好者。
⟦a 【产品推荐】黄铜顶针 / 皮革顶针 / 指环式顶针，点击查看详情⟧
为拿下这份订单，公司技术部用三个月时间改进模具，把顶针的尺寸公差控制在零点零五毫米以内，并通过了客户的镍释放检测。
总经理陈金鹏表示，下一步公司将开发可调节尺寸的顶针，进一步拓展海外手工市场。
""",
    ),
    dict(
        slug="training-qiaoshou-course-thimble-html",
        site="巧手缝纫培训学校 (invented)",
        style="培训机构",
        genre="简章",
        kind="other",
        form="html",
        source="https://www.qiaoshou-school.example.com/course/hand-sewing-2025.html",
        title="手缝基础班2025年春季招生简章",
        record_title="学员必看｜手缝基础班2025年春季招生简章",
        date=None,
        notes="HTML training school: floating consult box, trial-lesson prompt on a line of its own in the body; the school's 报名电话 in the body beside a 400 line; course table; no date",
        page="""
<html><head><meta charset="utf-8"><title>学员必看｜手缝基础班2025年春季招生简章</title></head>
<body>
<div class="top">⟦m 巧手缝纫培训学校 · 让每一针都有温度⟧</div>
<div class="menu">⟦m 学校介绍　课程设置　师资力量　学员作品　报名咨询⟧</div>
<h1>⟦t 手缝基础班2025年春季招生简章⟧</h1>
<div class="content">
{BODY}
</div>
<div class="float">⟦w 课程顾问在线，全国咨询热线 400-123-7788⟧ ⟦a 立即预约⟧</div>
<div class="foot">⟦m 校址：舴湖市解放街18号二楼⟧　⟦m 浙ICP备19045128号-1⟧</div>
</body></html>
""",
        body="""
手缝基础班面向零基础学员，从认识针、线、顶针开始，系统学习平针、回针、藏针、锁边等常用针法。
课程安排如下：
课次　内容　课时
第1课　工具认识与顶针佩戴　2
第2课　平针与回针　2
第3课　藏针与锁边　2
第4课　小作品：布艺针插　2
⟦a 免费试听一节课，名额有限，先到先得⟧
学校为每位学员提供一枚铜顶针和一套基础工具，结业时颁发结业证书。
报名电话：0574-86601234（周一至周六 9:00—18:00）
""",
    ),
    dict(
        slug="fanwenapp-biji-insight-thimble-oneline",
        site="笔记范文App (invented)",
        style="范文APP",
        genre="心得体会",
        kind="insight",
        form="text",
        source="https://h5.bijifanwen.example.com/share/a8830127",
        title="参加非遗苏绣体验课的心得体会",
        record_title="参加非遗苏绣体验课的心得体会（精选）｜笔记范文",
        date=None,
        notes="writing-app H5 share with the whole body on one line (paragraphs separated by indent); open-app prompt; no date",
        indent="　　",
        oneline=True,
        page="""
!m 笔记范文 · 你的写作好帮手
!t 参加非遗苏绣体验课的心得体会
!m 作者：青青子衿　｜　1.3w 阅读
{BODY}
!a 打开App阅读全文，更多范文一键生成
!l 你可能还喜欢：劳动教育心得三篇 · 传统文化进校园心得
""",
        body="""
这学期学校开设了非遗苏绣体验课，第一节课老师没有让我们拿针，而是先教我们戴顶针。
老师说，顶针要戴在中指第二节，用它顶住针尾往前推，手指才不会被扎。我一开始总是忘了用，结果指肚被扎了好几次，才明白这个小小铁环的用处。
几节课下来，我绣出了一片小小的荷叶，虽然针脚歪歪扭扭，但心里很有成就感。
我体会到，传统手艺靠的是耐心，每一针都急不得。
""",
    ),
    dict(
        slug="gkforum-interview-thimble-junk",
        site="上岸公考论坛 (invented)",
        style="公考论坛",
        genre="帖子",
        kind="other",
        form="text",
        source="https://bbs.shangan-gk.example.com/thread-77201-1-1.html",
        title="结构化面试真题：如何看待“顶针精神”？附答题思路",
        record_title="[面试真题] 结构化面试真题：如何看待“顶针精神”？附答题思路 - 面试交流 - 上岸公考论坛",
        date=None,
        notes="exam forum with junk lines and glued junk; reply-to-see prompt; relative time; no date",
        junk=dict(lines=1, glued=2),
        page="""
!m 上岸公考论坛 › 面试交流 › 真题解析
!t [面试真题] 结构化面试真题：如何看待“顶针精神”？附答题思路
!m 楼主：小鹿要上岸　发表于 5 小时前　|　查看 2210　回复 38
{BODY}
!a 【本帖隐藏内容：回复后可见参考答案全文】
!l 相关帖子：2025省考面试高频题汇总 ｜ 综合分析题答题模板
""",
        body="""
题目：有人说，顶针虽小，却能让绣娘一针针推进而不伤手，这就是“顶针精神”。请谈谈你的理解。
答题思路：
第一，点明含义。顶针精神就是在平凡岗位上默默支撑、甘当配角、保护他人的精神。
第二，联系实际。基层工作中，很多同志就像顶针一样，不显眼但不可缺，比如窗口服务人员、社区网格员。
第三，落到自身。如果我有幸成为一名公务员，会甘当“顶针”，在本职岗位上踏实做事。
""",
    ),
    dict(
        slug="wiki-baizhi-entry-thimble-html",
        site="百知百科 (invented)",
        style="百科问答",
        genre="词条",
        kind="other",
        form="html",
        source="https://baike.baizhi.example.com/item/顶针/30112",
        title="顶针（缝纫工具）",
        record_title="顶针（缝纫工具）_百知百科",
        date=None,
        notes="HTML encyclopaedia: contents box, infobox, edit/history tabs, references; an example of ××××年 placeholder absent; no date (last-edit stamp)",
        page="""
<html><head><meta charset="utf-8"><title>顶针（缝纫工具）_百知百科</title></head>
<body>
<div class="search">⟦m 百知百科⟧ ⟦a 进入词条　搜索词条⟧</div>
<div class="tabs">⟦a 编辑　讨论　历史版本⟧</div>
<h1>⟦t 顶针（缝纫工具）⟧</h1>
<div class="polysemy">⟦l 本词条是多义词，共3个义项 ▼⟧</div>
<div class="info"><dl><dt>⟦m 中文名：顶针⟧</dt><dt>⟦m 别　名：针箍、顶指⟧</dt><dt>⟦m 材　质：铜、铁、皮革⟧</dt></dl></div>
<div class="catalog">⟦l 目录 1 简介 2 历史 3 种类 4 使用方法⟧</div>
<div class="para">
{BODY}
</div>
<div class="ref">⟦l 参考资料 [1] 《民间缝纫工具考》⟧</div>
<div class="stat">⟦m 词条统计 浏览次数：58213　编辑次数：14次　最近更新：昨天⟧</div>
<div class="ft">⟦d 百知百科内容由网友共同编辑，如需专业意见请咨询相关人士⟧</div>
</body></html>
""",
        body="""
顶针是缝纫时戴在手指上、用来顶住针尾推针的工具，多为金属制成，表面有密布的小凹坑，可防止针尾滑脱。
历史
我国使用顶针的历史可以追溯到汉代，早期多为铜制。旧时女子出嫁，顶针常是嫁妆中的小物件之一。
种类
按形状可分为戒指式和帽式两种：戒指式两端开口，多用于中式缝纫；帽式一端封闭，多见于西式裁缝。
使用方法
一般戴在惯用手的中指上，缝纫时用顶针的凹坑抵住针尾，借助手指力量将针推过布料。
""",
    ),
    dict(
        slug="netdisk-yunhe-plan-thimble-workshop",
        site="云盒网盘 (invented)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="text",
        source="https://pan.yunhe.example.com/s/1xK9tP2a",
        title="艚山社区老年手工坊“顶针巧手”活动方案",
        record_title="艚山社区老年手工坊“顶针巧手”活动方案.docx",
        date="2025-05-06",
        notes="cloud-drive share page: file-name record title; share and expiry stamps (no date); save/download buttons; a decimal-heading plan with 成文日期",
        page="""
!m 云盒网盘 · 分享文件
!m 艚山社区老年手工坊“顶针巧手”活动方案.docx　（38.2KB）
!m 分享者：艚山社区小王　分享时间：2025-05-08 16:22　有效期：永久有效
!a 保存到我的网盘　　下载(38.2KB)　　举报
!m 文件预览：
{T}
{BODY}
!a 预览仅显示部分内容，登录后查看完整文件
!d 云盒网盘严禁分享违法违规内容，一经发现永久封号
""",
        body="""
1 活动目的
组织社区老年居民开展缝补、布艺制作活动，丰富晚年生活，传承勤俭持家的传统。
2 活动安排
2.1 时间：2025年5月至10月，每周三下午。
2.2 地点：社区党群服务中心二楼手工坊。
2.3 内容：缝补衣物、制作布艺挂件、为社区困难家庭缝制坐垫等。
3 保障措施
社区统一采购顶针、针线和布料，安排一名卫生服务站医生在活动期间值守。
艚山社区居民委员会
2025年5月6日
""",
    ),
    dict(
        slug="snapshot-sousou-notice-thimble-html",
        site="搜搜网页快照 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="https://cache.sousou.example.com/c?u=http%3A%2F%2Fwhg.caoshan.example.gov.cn%2Fgg%2F221.html",
        title="艚山县文化馆关于举办传统手工技艺展示周活动的通知",
        record_title="艚山县文化馆关于举办传统手工技艺展示周活动的通知 - 网页快照",
        date="2025-06-02",
        notes="HTML search-cache frame: snapshot banner with a crawl stamp (no date) and a highlight note; the original page's nav and footer inside; 成文日期 kept",
        page="""
<html><head><meta charset="utf-8"><title>艚山县文化馆关于举办传统手工技艺展示周活动的通知 - 网页快照</title></head>
<body>
<div class="cache-banner">⟦d 这是 http://whg.caoshan.example.gov.cn/gg/221.html 的快照，是网页在 2025年6月10日 03:41 的存档版本，当前页面可能已经更改。⟧<br>⟦a 查看当前页面　|　纯文字版本⟧<br>⟦m 以下搜索词已被高亮显示：顶针 手工⟧</div>
<hr>
<div class="orig-hd">⟦m 艚山县文化馆 — 群众身边的文化家园⟧</div>
<div class="orig-nav">⟦m 首页 | 场馆介绍 | 活动预告 | 非遗保护 | 公益培训⟧</div>
<h2>⟦t 艚山县文化馆关于举办传统手工技艺展示周活动的通知⟧</h2>
<div class="orig-body">
{BODY}
</div>
<div class="orig-ft">⟦m 艚山县文化馆　地址：艚山县文昌路9号　电话：0576-85512000⟧</div>
</body></html>
""",
        body="""
各乡镇综合文化站、各有关单位：
为展示我县传统手工技艺保护成果，县文化馆定于6月14日至20日举办传统手工技艺展示周活动。
活动期间，将展出老艺人收藏的铜顶针、针线笸箩、手工绣品等实物二百余件，并邀请刺绣、纳鞋底传承人现场演示。
各乡镇文化站要组织辖区手工艺人积极参与，于6月10日前报送参展作品清单。
艚山县文化馆
2025年6月2日
""",
    ),
    dict(
        slug="print-caoshan-rule-tailor-workshop",
        site="艚山服装职业学校 (invented)",
        style="打印页",
        genre="制度",
        kind="rule",
        form="text",
        source="https://www.csfzzx.example.edu.cn/print.asp?id=1552",
        title="服装工艺实训室安全管理规定",
        record_title="打印预览 - 服装工艺实训室安全管理规定",
        date=None,
        notes="print view: print time and URL lines at the top, a print footer, [打印][关闭]; rule whose article speaks of 打印 as content; no date",
        page="""
!m 艚山服装职业学校 — 打印预览
!m 打印时间：2025/06/12 10:08
!m 原文地址：https://www.csfzzx.example.edu.cn/show.asp?id=1552
!t 服装工艺实训室安全管理规定
{BODY}
!p ⸨ 1 / 1 ⸩
!a [打印]　[关闭]
""",
        body="""
一、学生进入实训室须穿实训服，长发须扎起，不得佩戴长项链和手链。
二、手工缝纫时必须佩戴顶针，不得用手指直接推针；用完的针要插回针插，严禁随手放在台面或含在嘴里。
三、使用电动缝纫机前，须检查压脚、针板是否完好，操作中手指与机针保持安全距离。
四、熨烫作业结束后，应及时关闭电源，将熨斗放回支架。
五、实训室使用记录由课代表每节课填写，每月由实训指导教师汇总后打印存档。
""",
    ),
    dict(
        slug="mail-fwd-quilt-thimble-donation",
        site="艟浦市妇联邮件 (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mailto:forward-8812@tpfl.example.org.cn",
        title="关于征集手工棉被支援山区学校的通知",
        record_title="Fwd: 关于征集手工棉被支援山区学校的通知",
        date="2025-10-20",
        date_also=["2025-10-22"],
        notes="forwarded mail: 发件人/收件人/日期 headers (the mail's date differs from the document's: date_also), the mail's own attachment line beside the document's 附件 list; a signature with phone; an unsubscribe footer",
        page="""
!m 发件人：市妇联办公室 <office@tpfl.example.org.cn>
!m 收件人：各区县妇联 <districts@tpfl.example.org.cn>
!m 日期：2025年10月22日 星期三 09:12
!t 主题：Fwd: 关于征集手工棉被支援山区学校的通知
!m 附件：征集登记表.xlsx (18KB)
各位好，转发市妇联通知，请按要求办理。
!m ---------- 转发的邮件 ----------
{BODY}
!d 此邮件由系统自动转发，如不希望再收到此类邮件，请回复“退订”。
""",
        body="""
各区县妇联：
今冬山区学校学生宿舍御寒物资紧缺，市妇联决定在全市组织开展手工棉被征集活动。
一、征集内容：手工缝制的单人棉被，尺寸150厘米×200厘米，被面被里须为新布。
二、组织方式：各区县妇联组织巾帼志愿者、手工爱好者集中缝制，妇联统一提供棉花、布料和顶针、针线等工具。
三、时间要求：请于11月20日前将棉被送至市妇联二楼仓库。
联系人：戚慧　电话：0574-87006615
附件：手工棉被征集登记表
艟浦市妇女联合会
2025年10月20日
""",
    ),
]
