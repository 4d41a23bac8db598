"""holdout100, part B: 公众号镜像, 文档分享, 教育门户, 企业内网, 问答社区 (two each).
Invented: fox and raccoon-dog farms, park squirrels, snow-sculpture park safety, mulch
co-ops, pit-and-fissure sealing at schools, campus trees, mahogany-furniture works,
stork nests on power lines, house-number corrections, sinkhole drills."""

CASES = [
    dict(
        slug="wechat-muyang-fox-farm-epidemic-html",
        site="楮山畜牧兽医 公众号镜像 (invented)",
        style="公众号镜像",
        genre="通知",
        kind="notice",
        form="html",
        source="https://wx.mirrorhub.example.com/s/Chushan_xmsy/20250916_a1",
        title="关于做好2025年秋季狐貉养殖场疫病防控工作的通知",
        record_title="关于做好2025年秋季狐貉养殖场疫病防控工作的通知",
        date="2025-09-16",
        notes="WeChat-style mirror: account line with date (the page's date), 原创 tag, follow card, 阅读原文/在看/点赞 row, a 'scan to follow' prompt; a sentence of the notice asking farmers to 关注 the account is kept",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>关于做好2025年秋季狐貉养殖场疫病防控工作的通知</title></head>
<body><div id="js_article">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta_list">⟦m 原创⟧ ⟦m 楮山畜牧兽医⟧ ⟦m 楮山县动物疫病预防控制中心⟧ ⟦m 2025年09月16日 17:30⟧ ⟦m 河北⟧</div>
<div class="rich_media_content">
{BODY}
</div>
<div class="qr">⟦a 长按识别二维码，关注“楮山畜牧兽医”⟧</div>
<div class="tool">⟦a 阅读原文⟧ ⟦m 阅读 2106⟧ ⟦a 分享⟧ ⟦a 点赞⟧ ⟦a 在看⟧</div>
<div class="mirror">⟦d 本页内容由镜像站自动抓取，版权归原公众号所有⟧</div>
<div class="more">⟦l 往期推荐：秋防动员会召开｜兽药经营企业专项检查结果⟧</div>
</div></body></html>
""",
        body="""
各乡镇畜牧兽医站、各狐貉养殖场（户）：
秋季是狐、貉等毛皮动物配种前的关键时期，也是犬瘟热、细小病毒病等疫病的高发季节。为保障全县毛皮动物养殖业健康发展，现就有关工作通知如下。
一、全面开展免疫。各养殖场要在10月31日前完成犬瘟热、病毒性肠炎的秋季免疫，免疫密度达到100%，并如实填写免疫档案。
二、严格消毒管理。场区入口设置消毒池，笼舍每周至少消毒两次，饲料加工间与笼舍区严格分开。
三、规范病死动物处理。病死狐貉一律交由县无害化处理中心收集处理，严禁出售、剥皮或随意丢弃。
四、及时报告疫情。发现动物大量发病或死亡的，要在2小时内报告当地畜牧兽医站。
请各养殖场（户）关注本公众号，及时获取免疫时间安排和技术培训信息。
防控技术咨询：县动物疫病预防控制中心 0311-8712096
楮山县动物疫病预防控制中心
2025年9月16日
""",
    ),
    dict(
        slug="wechat-songlin-park-squirrel-oneline",
        site="松林公园 公众号镜像 (invented)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://wxread.example.net/mp/songlinpark/2025/1102.html",
        title="“不投喂，多守护”——致广大游园市民的一封信",
        record_title="“不投喂，多守护”——致广大游园市民的一封信",
        date="2025-11-02",
        notes="a WeChat mirror dumped on one line; account line with 发布于 date; 在看/点赞 row; a mirror notice",
        oneline=True,
        indent="　　",
        page="""
!m 松林公园　发布于 2025-11-02　来自 芸阳市
{T}
{BODY}
!a 点赞　在看　分享到朋友圈
!l 留言 精选 9 条
!d 镜像内容仅用于存档检索，不代表本站立场。
""",
        body="""
亲爱的市民朋友们：
入秋以来，园内松鼠活动频繁，不少市民带着花生、饼干、面包前来投喂，这份喜爱我们十分理解。
但是，人类的食物含盐、含糖量高，松鼠长期食用容易生病；投喂还会让松鼠失去觅食能力，冬季来临时难以存粮过冬。
近期园内已发生三起松鼠抓伤游客事件，被抓伤后需要及时到医院处理，给大家带来不必要的麻烦。
为此，我们倡议：不投喂、不抓捕、不追逐，保持安全距离，用镜头代替双手。
公园将在松林区增设松果补给箱，由工作人员统一管理，让松鼠吃得健康、住得安心。
松林公园管理处
2025年11月2日
""",
    ),
    dict(
        slug="docshare-binglin-snow-park-safety-plan-html",
        site="冰凌文档网 (invented)",
        style="文档分享",
        genre="方案",
        kind="plan",
        form="html",
        source="https://www.binglingdoc.example.com/d/6628193.html",
        title="2026年冰雪雕塑园区安全保障工作方案",
        record_title="2026年冰雪雕塑园区安全保障工作方案（word可编辑）_冰凌文档网",
        date=None,
        notes="sharing reader: share-to-earn prompt, upload notice, page counter; the plan carries 20××年×月×日 and the title's year only: no date; decimal headings kept",
        page="""
<html><head><meta charset="utf-8"><title>2026年冰雪雕塑园区安全保障工作方案（word可编辑）_冰凌文档网</title></head>
<body>
<div class="top">⟦m 冰凌文档网 - 好文档 一起分享⟧ ⟦a 上传赚积分⟧ ⟦a 我的下载⟧</div>
<div class="path">⟦m 首页 &gt; 行政公文 &gt; 工作方案⟧</div>
<h1>⟦t 2026年冰雪雕塑园区安全保障工作方案（word可编辑）⟧</h1>
<div class="info">⟦m 共4页 | 1.2万字 | 分享者：雪城老K | 2天前更新⟧</div>
<div class="btn">⟦a 立即下载（需12积分）⟧ ⟦a 转发好友得积分⟧</div>
<div class="doc">
{BODY}
</div>
<div class="more">⟦a 还有1页未读，继续阅读⟧</div>
<div class="disclaimer">⟦d 温馨提示：本站文档均来自网友分享，仅供参考，不得用于商业用途⟧</div>
<div class="rel"><b>⟦l 大家还下载了⟧</b> ⟦l 冰雪大世界应急预案⟧ ⟦l 景区冬季安全生产方案⟧</div>
<div class="ft">⟦m 客服邮箱 help@binglingdoc.example.com　冰ICP备2021007731号⟧</div>
</body></html>
""",
        body="""
为确保冰雪雕塑园区开放期间游客人身安全，结合园区实际，制定本方案。
1 组织机构
1.1 成立园区安全保障工作领导小组，由园区管理处主任任组长，分管副主任任副组长，各科室负责人为成员。
1.2 领导小组下设安全巡查组、医疗救护组、秩序维护组，分别负责日常巡查、伤员救护和人流疏导。
2 重点措施
2.1 冰雕、雪雕作品高度超过四米的，须经结构安全评估后方可对游客开放，周边设置不少于一米五的隔离带。
2.2 气温回升至零下五度以上时，巡查组每两小时检查一次作品稳定性，发现融化、开裂立即封闭。
2.3 滑梯、冰车等游乐项目每日开放前试运行，操作人员持证上岗。
3 应急处置
发生摔伤、冻伤等情况，医疗救护组须在五分钟内到达现场，重伤人员立即送往县人民医院救治。
××冰雪雕塑园区管理处
20××年×月×日
""",
    ),
    dict(
        slug="docshare-heyuan-mulch-coop-survey-pages",
        site="禾源资料分享站 (invented)",
        style="文档分享",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://share.heyuanzl.example.cn/doc/41820",
        title="关于农民专业合作社参与废旧地膜回收的调研报告",
        record_title="关于农民专业合作社参与废旧地膜回收的调研报告.docx",
        date="2025-08-26",
        notes="file-name record title; converter page markers ⟮n/4⟯ cutting sentences on lines of their own; a member-only download prompt; date under the signature",
        pages=dict(fmt="⟮{n}/4⟯", every=210, start=2),
        page="""
!m 禾源资料分享站｜资料共享，互帮互助
!m 分享时间：9月3日　格式：docx　大小：38KB
!t 关于农民专业合作社参与废旧地膜回收的调研报告.docx
{BODY}
!a 开通年卡会员，全站资料无限下载
!l 相关资料：秸秆综合利用调研｜农业面源污染调查
""",
        body="""
今年7月至8月，县政协农业农村委员会组成调研组，深入六个乡镇十四家农民专业合作社，就合作社参与废旧地膜回收情况进行了专题调研。
一、基本情况
全县现有从事地膜回收的合作社十一家，去年共回收废旧地膜一千六百余吨，占全县回收总量的四成以上，已成为回收体系中的重要力量。
二、存在问题
一是回收价格偏低，农户交售积极性不高；二是回收站场地简陋，压块、打包设备不足；三是再生企业距离远，运输成本高，合作社普遍微利甚至亏损。
三、几点建议
（一）提高回收补贴标准，将补贴由按面积发放改为按实际回收量发放。
（二）整合乡镇闲置厂房，为合作社提供标准化回收场地。
（三）引进再生颗粒加工企业在县内设点，缩短运输距离。
县政协农业农村委员会调研组
2025年8月26日
""",
    ),
    dict(
        slug="edu-tangxi-sealant-notice-receipt-html",
        site="棠溪区教育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.tangxi.example.gov.cn/tzgg/2025/0903/5518.html",
        title="关于组织开展2025年秋季学生窝沟封闭工作的通知",
        record_title="关于组织开展2025年秋季学生窝沟封闭工作的通知_通知公告_棠溪教育网",
        date="2025-09-03",
        notes="education portal with column sidebar and quick links; the notice's 回执 slip with blank placeholders; a sentence asking schools to 下载打印 the consent form kept; 发布时间 equals the date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于组织开展2025年秋季学生窝沟封闭工作的通知_通知公告_棠溪教育网</title></head>
<body>
<div class="header">⟦m 棠溪教育网⟧ ⟦m 棠溪区教育局主办⟧ <form>⟦a 站内搜索⟧</form></div>
<div class="menu">⟦m 首页｜教育要闻｜通知公告｜政策文件｜招生考试｜教师发展⟧</div>
<div class="main"><div class="left"><h3>⟦l 栏目导航⟧</h3><ul><li>⟦l 通知公告⟧</li><li>⟦l 学校动态⟧</li><li>⟦l 卫生健康⟧</li></ul></div>
<div class="right"><div class="loc">⟦m 位置：首页 &gt; 通知公告⟧</div>
<h2>{T}</h2>
<p class="date">⟦m 发布时间：2025-09-03　发布人：体卫艺科　浏览：966⟧</p>
{BODY}
<p class="att">⟦a 附件下载：知情同意书.doc（点击下载）⟧</p>
</div></div>
<div class="links">⟦l 友情链接：棠溪区卫健委 | 棠溪区疾控中心 | 市教育资源平台⟧</div>
<div class="foot">⟦m 棠溪区教育局版权所有　地址：棠溪区学府路12号　电话：0598-5213300⟧</div>
</body></html>
""",
        body="""
各小学：
为进一步降低儿童龋齿发病率，根据区卫健委、区教育局联合制定的儿童口腔疾病综合干预方案，现就秋季学期学生窝沟封闭工作通知如下。
一、对象：全区小学二年级、三年级学生，以及上学期检查中建议补做的四年级学生。
二、时间：9月15日至10月31日，由各校与区口腔医院确定具体日期。
三、有关要求：
1. 各校请下载打印知情同意书，由班主任发放给家长签字，于9月12日前收回。
2. 封闭当天学生须正常进食，不能空腹，带好牙刷。
3. 各校确定一名联络员，负责学生组织和信息统计。
四、请各校于9月10日前报送回执。
回执
学校：__________　联络员：__________　联系电话：__________
二年级人数：____　三年级人数：____　补做人数：____
联系人：区教育局体卫艺科 罗静，电话 0598-5213317
棠溪区教育局
2025年9月3日
""",
    ),
    dict(
        slug="edu-yanting-campus-tree-check-text",
        site="雁汀县教育信息网 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.ytjyxx.example.cn/html/tongzhi/20250711/2293.html",
        title="关于开展汛期校园树木安全隐患排查的紧急通知",
        record_title="【紧急】关于开展汛期校园树木安全隐患排查的紧急通知",
        date="2025-07-11",
        notes="education site text page: decorated record title 【紧急】; 录入/审核 line; a 'share to Moments' bar glued after the last paragraph; 文号 neutral",
        page="""
!m 雁汀县教育信息网 >> 通知公告 >> 正文
!t 【紧急】关于开展汛期校园树木安全隐患排查的紧急通知
雁教安〔2025〕19号
!m 录入：安全股　审核：周建平　时间：2025年07月11日　点击：【573】
{BODY}
!l 相关通知：暑期学生防溺水安全教育　校舍安全排查工作部署
!m 雁汀县教育局主办　技术支持：雁汀县电教站
""",
        body="""
各中小学、幼儿园：
近日，我县连续遭遇强降雨和大风天气，个别学校出现树木倒伏、断枝砸坏围墙的情况。为确保师生安全，现就开展校园树木安全隐患排查通知如下。
一、各校要在7月18日前对校园内所有树木进行一次全面排查，重点检查树干空洞、根系松动、倾斜严重及枯枝悬挂等情况。
二、对靠近教学楼、宿舍、运动场和上学通道的大树，要请园林部门专业人员评估，必要时及时修剪或移除。
三、排查中发现的隐患，要建立台账，落实责任人和整改时限，整改前设置警戒线，禁止学生靠近。
四、排查情况于7月20日前报县教育局安全股。⟦l 分享到：朋友圈 QQ 微博⟧
雁汀县教育局
2025年7月11日
""",
    ),
    dict(
        slug="intranet-zitan-mahogany-minutes-html",
        site="紫檀坊家具有限公司协同办公平台 (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://oa.zitanfang.example.local/doc/view.do?id=20250415-77",
        title="关于红木原料入库检验问题的专题会议纪要",
        record_title="内部文件-关于红木原料入库检验问题的专题会议纪要",
        date="2025-04-15",
        notes="OA document view: 流转记录 table, read counts, 打印/导出 buttons; minutes' 时间/地点/主持/参会/记录 lines and a 抄送 line kept",
        page="""
<html><head><meta charset="utf-8"><title>内部文件-关于红木原料入库检验问题的专题会议纪要</title></head>
<body>
<div class="oa-top">⟦m 紫檀坊协同办公平台⟧ ⟦m 欢迎您，质量部 闵晓燕⟧ ⟦a 退出⟧</div>
<div class="oa-nav">⟦m 待办事项 | 公文管理 | 会议管理 | 知识文档 | 通讯录⟧</div>
<div class="doc-title"><h2>{T}</h2></div>
<div class="doc-attr">⟦m 文档编号：ZTF-HY-2025-011　密级：内部　拟稿部门：总经理办公室⟧</div>
<div class="doc-body">
{BODY}
</div>
<div class="oa-btns">⟦a 打印⟧ ⟦a 导出PDF⟧ ⟦a 转发⟧ ⟦a 归档⟧</div>
<table class="flow"><tr><th>⟦m 流转记录⟧</th></tr>
<tr><td>⟦m 2025-04-16 09:12 总经理办公室 邓卫东 发起⟧</td></tr>
<tr><td>⟦m 2025-04-16 10:05 副总经理 孙鹏 已阅⟧</td></tr>
<tr><td>⟦m 2025-04-16 14:40 质量部 闵晓燕 已阅⟧</td></tr></table>
<div class="reads">⟦m 已读 23 人　未读 4 人⟧</div>
<div class="oa-ft">⟦d 本系统仅限公司内部使用，严禁截图外传⟧</div>
</body></html>
""",
        body="""
时间：2025年4月15日下午2:30
地点：公司三楼会议室
主持：孙鹏
参会：采购部、质量部、生产部、仓储部负责人
记录：邓卫东
会议听取了质量部关于一季度红木原料入库检验情况的汇报，针对部分批次大果紫檀含水率超标、规格不符等问题进行了研究，形成如下意见：
一、自5月1日起，所有红木原料入库前须逐批抽检含水率，含水率高于12%的一律不得入库，由采购部负责与供应商协商退换。
二、质量部要在4月底前修订《原料入库检验规程》，明确树种鉴定、规格尺寸和外观缺陷的判定标准。
三、仓储部对现有库存原料进行一次清点，分树种、分批次挂牌存放，做到账物相符。
四、生产部对因原料问题造成的返工情况进行统计，作为供应商年度评价的依据。
抄送：公司领导，各部门
""",
    ),
    dict(
        slug="intranet-power-stork-nest-report-text",
        site="麓川供电公司内网 (invented)",
        style="企业内网",
        genre="报告",
        kind="report",
        form="text",
        source="http://portal.lcgd.example.local/news/show.aspx?id=9041",
        title="输电线路鸟巢隐患治理工作情况报告",
        record_title="内网资讯-输电线路鸟巢隐患治理工作情况报告",
        date="2025-06-05",
        notes="intranet news page: 密级 and 发布部门 lines, a 'do not forward' notice between paragraphs, a table of nests kept; 阅读次数; the report's date",
        page="""
!m 麓川供电公司企业门户　>　内网资讯　>　专业管理
!t 内网资讯-输电线路鸟巢隐患治理工作情况报告
!m 发布部门：运维检修部　发布人：龚志强　阅读次数：311
{BODY}
!a 【打印】【收藏】【关闭窗口】
!d 内部资料　注意保密
""",
        body="""
今年以来，我公司输电线路鸟巢引发的跳闸事件明显增多，其中东方白鹳等大型鸟类筑巢问题尤为突出。现将治理工作情况报告如下。
一、隐患排查情况
截至5月底，共排查110千伏及以上线路杆塔二千一百余基，发现鸟巢三百一十二处，其中位于绝缘子正上方的高风险鸟巢四十七处。
⟦d 本文仅供公司内部交流，请勿转发至外部群组⟧
二、治理措施
（一）引导迁移。与保护区合作在线路附近建设人工巢台八座，对高风险鸟巢实施“先建后迁”。
（二）加装防护。在杆塔横担处加装防鸟刺、防鸟挡板共一千三百余套。
（三）加强巡视。在白鹳繁殖期将重点线路巡视周期由一月一次缩短为半月一次。
三、治理成效
线路　治理前跳闸（次）　治理后跳闸（次）
雁坪一线　6　0
北湖二线　4　1
四、下一步工作
继续与保护区保持沟通，在不伤害鸟类的前提下做好线路防护，实现电网安全与生态保护双赢。
运维检修部
2025年6月5日
""",
    ),
    dict(
        slug="qa-wenda-doorplate-wrong-answer-html",
        site="问问邻里 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="html",
        source="https://www.wenwenlinli.example.com/q/2071433.html",
        title="门牌号码编错了，应该去哪里申请更正？",
        record_title=None,
        date="2025-10-09",
        notes="Q&A page without record title: the question is the title; the answer's 回答于 line is the page's date; 'helpful' votes, other answers collapsed, ask-a-question box",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>门牌号码编错了，应该去哪里申请更正？ - 问问邻里</title></head>
<body>
<div class="nav">⟦m 问问邻里⟧ ⟦m 首页 分类 专栏 问律师⟧ ⟦a 我要提问⟧</div>
<div class="q"><h1>{T}</h1><p>⟦m 提问者：老巷口的猫　2025-10-08　浏览 1021 次⟧</p></div>
<div class="best"><div class="tag">⟦m 最佳答案⟧</div>
<div class="who">⟦m 地名志愿者阿杰　已回答 382 个问题　回答于 2025-10-09 11:26⟧</div>
{BODY}
<div class="vote">⟦a 有用(57)　没用(2)⟧ ⟦a 分享⟧ ⟦a 举报⟧</div></div>
<div class="others">⟦l 其他 3 条回答 展开⟧</div>
<div class="similar"><h3>⟦l 相关问题⟧</h3><ul><li>⟦l 房产证地址和门牌不一致怎么办？⟧</li><li>⟦l 新建小区什么时候编门牌？⟧</li></ul></div>
<footer>⟦d 本站回答仅供参考，具体以当地主管部门解释为准⟧　⟦m © 问问邻里⟧</footer>
</body></html>
""",
        body="""
门牌编号一般由县（区）民政部门的地名管理机构负责，有的地方由公安派出所代为受理，具体看当地规定。
一般流程是这样的：
1. 带上身份证、房产证或租房合同，以及现有门牌的照片，到所在街道便民服务中心或派出所户籍窗口提出申请。
2. 工作人员会到现场核实，确认编错后重新编号，并出具门牌证明。
3. 新门牌制作好后会上门安装，多数地方不收费。
另外提醒一下，门牌更正以后，记得同步去办理户口地址和快递、水电燃气的地址变更，不然容易收不到东西。
""",
    ),
    dict(
        slug="qa-qiufanwen-sinkhole-drill-plan-text",
        site="文书问答吧 (invented)",
        style="问答社区",
        genre="方案",
        kind="plan",
        form="text",
        source="https://wenshu.wendaba.example.com/question/88164",
        title="岩溶塌陷突发地质灾害应急演练方案",
        record_title="求一篇岩溶塌陷应急演练方案，村里下周就要用！！",
        date=None,
        notes="Q&A with a plea as record title; the answer is a template plan with ××村 and 20××年×月×日 placeholders and a relative answer time: no date; a writing-service prompt among answers",
        page="""
!m 文书问答吧 > 公文写作 > 方案计划
!m 求一篇岩溶塌陷应急演练方案，村里下周就要用！！
!m 悬赏 30 积分　提问时间：5天前
!m 热心网友“地质老郑”的回答　2天前
{T}
{BODY}
!a 采纳为满意回答
!w 需要完整定制版可以联系我，专业代写方案，微信 zhengdz_17
!l 更多回答（4）
""",
        body="""
一、演练目的
检验村级岩溶塌陷应急预案的可操作性，提高干部群众的避险意识和自救互救能力。
二、演练时间和地点
时间：20××年×月×日上午9时
地点：××村村委会广场及塌陷隐患点周边
三、参演人员
村“两委”成员、地质灾害群测群防员、隐患点周边住户及村民代表约80人。
四、演练流程
1. 群测群防员发现地面开裂下沉，立即鸣锣报警并电话报告村委会。
2. 村委会启动应急预案，组织隐患点周边群众沿指定路线撤离至广场安置点。
3. 清点人数，对行动不便的老人由专人负责转移。
4. 演练结束后进行讲评，总结经验，完善预案。
××村民委员会
20××年×月×日
""",
    ),
]
