"""holdout147, part F: second round (association, company, school, app, exam forum, wiki, drive, cache, print, mail); invented text throughout."""

CASES = [
    dict(
        slug="association-tug-owners-minutes-html",
        site="港城港口协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="https://www.gcport-assoc.example.org/xhdt/2025/0312/61.html",
        title="港口拖轮专业委员会2025年第一次会议纪要",
        record_title="【会议纪要】港口拖轮专业委员会2025年第一次会议纪要_港城港口协会",
        date="2025-03-11",
        date_also=["2025-03-12"],
        notes="association page: member login, footer; minutes' 时间/地点/主持/出席/记录 lines and a vote count kept",
        page="""
<html><head><meta charset="utf-8"><title>【会议纪要】港口拖轮专业委员会2025年第一次会议纪要_港城港口协会</title></head>
<body>
<div class="top">⟦a 会员单位登录⟧ ⟦a 入会申请⟧</div>
<div class="logo">⟦m 港城港口协会⟧</div>
<h2>⟦t 【会议纪要】港口拖轮专业委员会2025年第一次会议纪要⟧</h2>
<div class="meta">⟦m 秘书处　2025-03-12⟧</div>
{BODY}
<div class="foot">⟦m 协会秘书处：港城市港湾路16号　电话：0574-8771 0090⟧ ⟦d ©港城港口协会⟧</div>
</body></html>
""",
        body="""
时间：2025年3月11日上午
地点：协会三楼会议室
主持：专委会主任 简国强
出席：委员单位代表十四人
记录：孟雪
会议审议通过了《港口拖轮服务质量评价办法（试行）》，表决结果：同意十三票，反对零票，弃权一票。
会议决定于二季度组织开展拖轮船员技能比武。
""",
    ),
    dict(
        slug="company-zixiang-lilac-sapling-catalogue",
        site="北岭花木股份公司 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.beilinghm.example.com/news/1188.html",
        title="北岭花木丁香新品种“晚霞紫”上市",
        record_title="北岭花木丁香新品种“晚霞紫”上市 - 北岭花木",
        date="2025-04-28",
        notes="company news: shop button, sales hotline, a product ad glued after a sentence; 发布时间 byline",
        page="""
!m 北岭花木股份公司 | 品质苗木 源头供应
!a 在线商城　|　经销商登录
!t 北岭花木丁香新品种“晚霞紫”上市 - 北岭花木
!m 发布时间：2025-04-28　浏览：516
{BODY}
!m 全国订购热线：400-700-3318
!d Copyright © 北岭花木股份公司 All rights reserved
""",
        body="""
4月26日，北岭花木自主选育的丁香新品种“晚霞紫”在春季苗木交易会上正式发布。⟦a 点击进入商城抢购⟧
“晚霞紫”花色深紫，花序长达二十五厘米，花期比普通紫丁香延长一周左右，且耐寒性强，可在零下三十五度安全越冬。
公司已在花木基地繁育种苗八万株，今年秋季起向市场批量供应。
""",
    ),
    dict(
        slug="training-chuanyuan-tug-crew-course-html",
        site="航培船员培训中心 (invented)",
        style="培训机构",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.hangpei.example.com/zhaosheng/2025/tuolun.html",
        title="2025年第四期拖轮船员适任培训招生简章",
        record_title="2025年第四期拖轮船员适任培训招生简章（限额40人）",
        date="2025-08-15",
        notes="training centre: float consult box with 400 line, giveaway prompt; the centre's own 报名电话 in the body; fee table",
        page="""
<html><head><meta charset="utf-8"><title>2025年第四期拖轮船员适任培训招生简章（限额40人）</title></head>
<body>
<div class="hd">⟦m 航培船员培训中心⟧ ⟦w 招生咨询：400-100-6688⟧</div>
<h1>⟦t 2025年第四期拖轮船员适任培训招生简章（限额40人）⟧</h1>
<div class="time">⟦m 2025-08-15⟧</div>
{BODY}
<div class="float">⟦w 在线报名咨询⟧ ⟦a 领取历年真题⟧</div>
<div class="ft">⟦d ©航培船员培训中心⟧</div>
</body></html>
""",
        body="""
本中心经海事管理机构批准，现招收第四期拖轮船员适任培训学员。
培训项目　学时　费用（元）
拖轮驾驶　120　4800
拖轮轮机　120　4600
开班时间：2025年9月8日。
报名电话：0574-8650 2210（中心教务办）。
航培船员培训中心
2025年8月15日
""",
    ),
    dict(
        slug="fanwenapp-xiezuo-zucchini-coop-report",
        site="写作猫APP (invented)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="text",
        source="https://m.xiezuomao.example.cn/s/a8812093",
        title="西葫芦合作社理事长述职报告",
        record_title="西葫芦合作社理事长述职报告（可编辑）",
        date="2025-12-28",
        notes="writing-app share: open-app prompt, AI-rewrite button, VIP-unlock line between paragraphs; Chinese-numeral date under the signature",
        page="""
!a 在写作猫APP内打开
!t 西葫芦合作社理事长述职报告（可编辑）
!m 写作猫精选 · 8.6千次使用
{BODY}
!a AI一键改写　｜　复制全文
!l 相似范文：家庭农场主述职报告 ｜ 村集体经济组织负责人述职
""",
        body="""
各位社员：
一年来，我在理事会的支持下，带领合作社围绕西葫芦产业做了以下工作。
一是扩大规模。合作社新增社员三十七户，大棚面积达到一千一百亩。
⟦a 开通会员，继续阅读全文⟧
二是统一销售。与三家商超签订直供协议，全年销售西葫芦九千二百吨。
三是存在不足。冷链设施不足，旺季损耗偏高，明年要重点解决。
述职人：薛长河
二〇二五年十二月二十八日
""",
    ),
    dict(
        slug="gkforum-interview-edamame-question",
        site="公考驿站论坛 (invented)",
        style="公考论坛",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://bbs.gkyizhan.example.com/thread-33102-1-1.html",
        title="结构化面试真题：毛豆丰产不丰收，你怎么看",
        record_title="[面试真题] 结构化面试真题：毛豆丰产不丰收，你怎么看 - 面试交流 - 公考驿站论坛",
        date=None,
        notes="exam forum: floor meta with relative time, forum junk lines, 回复可见 hint, reply box",
        junk=dict(lines=2, glued=1),
        page="""
!m 公考驿站论坛 › 面试交流
!t [面试真题] 结构化面试真题：毛豆丰产不丰收，你怎么看
!m 楼主 岸上见 | 发表于 昨天 22:41
{BODY}
!a 本帖隐藏的参考答案需回复才能查看
!l 回复　点评　收藏　分享
""",
        body="""
题目：某县毛豆今年大丰收，但收购价格大跌，农民增产不增收。对此，你怎么看？
我的答题思路：
首先，丰产不丰收反映出农产品生产与市场需求衔接不够、产业链条短的问题。
其次，要从三个方面破题：引导农民根据市场信息调整种植结构；发展冷链和精深加工，延长销售期；拓展电商、直供等销售渠道。
最后，政府可以通过价格保险等方式为农民兜底，减少市场波动带来的损失。
""",
    ),
    dict(
        slug="wiki-baike-tugboat-entry-html",
        site="海事百科 (invented)",
        style="百科问答",
        genre="词条",
        kind="other",
        form="html",
        source="https://baike.haishi.example.com/wiki/拖轮",
        title="拖轮",
        record_title="拖轮_海事百科",
        date=None,
        notes="encyclopaedia entry in HTML: edit links, contents, references, tags; no date",
        page="""
<html><head><meta charset="utf-8"><title>拖轮_海事百科</title></head>
<body>
<div class="top">⟦m 海事百科⟧ ⟦a 编辑词条⟧ ⟦a 收藏⟧</div>
<h1>{T}</h1>
<div class="toc">⟦l 目录 1 简介 2 分类 3 用途⟧</div>
{BODY}
<div class="ref">⟦l 参考资料：船舶概论（第三版）⟧</div>
<div class="tags">⟦l 词条标签：船舶 港口 海事⟧</div>
<div class="ft">⟦d 海事百科内容由网友共同编辑，如有错误请纠正⟧</div>
</body></html>
""",
        body="""
拖轮是用来拖曳或顶推其他船舶、驳船及水上浮体的船舶，又称拖船。
按用途可分为港作拖轮、远洋拖轮和内河拖轮；按推进方式可分为常规拖轮和全回转拖轮。
港作拖轮主要协助大型船舶靠离码头、进出港口，也承担消防、救助等任务。
拖轮船体短小、主机功率大，具有良好的操纵性和较大的系柱拉力。
""",
    ),
    dict(
        slug="netdisk-pan-edamame-subsidy-list",
        site="百度盘式分享页 (invented)",
        style="网盘分享",
        genre="公示",
        kind="notice",
        form="text",
        source="https://pan.cloudbox.example.com/s/9xTq2mLw",
        title="蔺城县2025年毛豆种植补贴发放名单公示",
        record_title="蔺城县2025年毛豆种植补贴发放名单公示.xlsx",
        date="2025-10-15",
        notes="cloud-drive share with file-name title; share and expiry lines; a subsidy table; 公示期 sentence with a phone kept",
        page="""
!m 云箱网盘 · 分享文件
!t 蔺城县2025年毛豆种植补贴发放名单公示.xlsx
!m 分享人：蔺城农经站　|　失效时间：7天后
!a 保存到云箱　　下载
{BODY}
!a 在线预览仅显示前50行
!d 请勿通过云箱分享违法违规文件
""",
        body="""
根据县毛豆产业扶持政策，现将2025年毛豆种植补贴发放名单公示如下：
乡镇　户主　面积（亩）　补贴金额（元）
菱渚镇　周福来　42　8400
菱渚镇　吴桂兰　35　7000
茼湖乡　邱明　60　12000
公示期为2025年10月15日至10月21日，如有异议请向县农村经营管理站反映，电话：0515-8232 6017。
蔺城县农村经营管理站
2025年10月15日
""",
    ),
    dict(
        slug="snapshot-kuaizhao-tug-pilotage-html",
        site="快照搜索 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="http://snapshot.kuaizhao.example.com/?url=www.gangcheng-port.example.cn/gg/1105.html",
        title="关于调整拖轮服务收费标准的公告",
        record_title=None,
        date="2025-11-05",
        notes="search cache frame in HTML: the cache banner with its capture time (no date), the original page's nav and footer; no record title",
        page="""
<html><head><meta charset="utf-8"><title>快照 - 快照搜索</title></head>
<body>
<div class="cachebar">⟦d 您查看的是快照搜索缓存的页面，抓取时间 2025-12-01 03:40:18⟧ ⟦d 原网页可能已更新⟧</div>
<div class="orig">
<div>⟦m 港城港务集团 › 通知公告⟧</div>
<h1>{T}</h1>
{BODY}
<div>⟦m 港城港务集团版权所有⟧</div>
</div>
</body></html>
""",
        body="""
各航运公司、船舶代理：
根据港口收费计费办法，经集团研究，自2025年12月1日起调整拖轮服务收费标准。
船舶吨位　每艘次收费（元）
1万总吨以下　4200
1万至5万总吨　7600
5万总吨以上　11800
港城港务集团有限公司
2025年11月5日
""",
    ),
    dict(
        slug="print-view-zucchini-greenhouse-safety",
        site="茼湖乡人民政府（打印） (invented)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.tonghu.example.gov.cn/tzgg/2025/1202/print.html",
        title="关于做好西葫芦大棚冬季防雪防火工作的通知",
        record_title="〔打印稿〕关于做好西葫芦大棚冬季防雪防火工作的通知",
        date="2025-12-02",
        notes="print view in HTML: print and close buttons, print time, a print footer page marker 【1/1】; 文号 neutral",
        page="""
<html><head><meta charset="utf-8"><title>〔打印稿〕关于做好西葫芦大棚冬季防雪防火工作的通知</title></head>
<body onload="window.print()">
<div>⟦m 茼湖乡人民政府⟧ ⟦m 打印日期：2025-12-05⟧</div>
<h2>{T}</h2>
<div>茼政发〔2025〕37号</div>
{BODY}
<div>⟦a 打印⟧ ⟦a 关闭⟧</div>
<div>⟦p 【1/1】⟧</div>
</body></html>
""",
        body="""
各村委会：
入冬以来，西葫芦大棚进入越冬生产期，为防范雪灾和火灾，现就有关事项通知如下：
一、降雪时及时清扫棚面积雪，防止压塌大棚。
二、严禁在大棚内使用明火取暖，电热设施要规范安装。
三、各村要组织人员开展一次拉网式排查，于12月10日前上报排查情况。
茼湖乡人民政府
2025年12月2日
""",
    ),
    dict(
        slug="mail-re-lilac-survey-reply-chain",
        site="园林所邮件往来 (invented)",
        style="邮件转发",
        genre="函",
        kind="other",
        form="text",
        source="mailto:ylsuo@chunpu.example.gov.cn",
        title="关于协助开展丁香病虫害调查的函",
        record_title="答复：Re: 关于协助开展丁香病虫害调查的函.docx",
        date="2025-06-10",
        date_also=["2025-06-12"],
        notes="a mail reply chain: quoted headers and a signature of the sender as chrome; the 函's own 联系人 and e-mail kept; the mail date differs from the 函's date",
        page="""
!m 发件人：莼浦区园林绿化管理所 <ylsuo@chunpu.example.gov.cn>
!m 日期：2025年6月12日 14:08
!m 收件人：菖阳农业职业学院园艺学院
!t 主题：答复：Re: 关于协助开展丁香病虫害调查的函.docx
!m 附件：关于协助开展丁香病虫害调查的函.docx（28KB）
{BODY}
!m ---- 原始邮件 ----
!m 发件人：园艺学院办公室　日期：2025年6月11日
!d 此邮件由邮件系统自动扫描，未发现病毒
""",
        body="""
菖阳农业职业学院园艺学院：
为掌握我区行道树丁香病虫害发生情况，拟请贵院派出专业教师协助开展调查，时间为6月下旬至7月中旬。
调查结果将用于制定下一年度防治方案，所需交通和检测费用由我所承担。
联系人：何苗，电话：0738-5521 1807，邮箱：hemiao_yl@example.cn。
莼浦区园林绿化管理所
2025年6月10日
""",
    ),
]
