"""holdout169, part A: fire extinguishers (灭火器) — a county emergency bureau, a 范文 site, a
文库 preview, a property forum, a maker's recall, a tender, a Q&A, a school's print view, an
encyclopaedia entry, a forwarded mail and a WeChat mirror. Invented text; see ../README.md."""

CASES = [
    dict(
        slug="gov-lichuan-extinguisher-spotcheck-html",
        site="藜川县应急管理局 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://yjj.lichuan.example.gov.cn/tzgg/2025/0312/7731.html",
        title="关于开展沿街商铺灭火器配置情况抽查的通知",
        record_title=None,
        date="2025-03-12",
        notes="modern county portal: 长辈版/读屏 links, 索引号 table, a 纠错 line beside the document's own contact; title missing from the record",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于开展沿街商铺灭火器配置情况抽查的通知_藜川县应急管理局</title>
<script>var _stat=1;</script></head><body>
<div class="top"><span>⟦m 藜川县应急管理局欢迎您⟧</span><a>⟦a 长辈版⟧</a><a>⟦a 读屏⟧</a><a>⟦a 登录⟧</a></div>
<div class="nav"><a>⟦l 首页⟧</a><a>⟦l 政务公开⟧</a><a>⟦l 安全生产⟧</a><a>⟦l 互动交流⟧</a></div>
<div class="pos">⟦m 所在位置：首页 ＞ 政务公开 ＞ 通知公告⟧</div>
<table class="idx"><tr><td>⟦m 索引号：LC-YJ-2025-00412⟧</td><td>⟦m 主题分类：安全生产⟧</td></tr>
<tr><td>⟦m 发文机关：藜川县应急管理局⟧</td><td>⟦m 公开方式：主动公开⟧</td></tr></table>
<h1>⟦t 关于开展沿街商铺灭火器配置情况抽查的通知⟧</h1>
<div class="info">⟦m 浏览次数：1208⟧ ⟦a 【打印本页】⟧ ⟦a 【关闭窗口】⟧</div>
<div class="article">
{BODY}
</div>
<div class="side"><h3>⟦l 相关稿件⟧</h3><ul><li>⟦l 县安委办部署春季消防检查⟧</li><li>⟦l 小场所火灾警示案例汇编⟧</li></ul></div>
<div class="foot"><p>⟦m 网站纠错电话：0731-5520118⟧</p><p>⟦d 主办：藜川县应急管理局　版权所有 未经许可不得转载⟧</p><p>⟦m 湘ICP备2025004417号-2⟧</p></div>
<script>window.readMode=false;</script>
</body></html>
""",
        body="""
各乡镇（街道）应急办，县消防救援大队：
为排查沿街商铺消防器材配置短板，县应急管理局决定于3月下旬至4月中旬开展灭火器配置情况抽查。
一、抽查范围。县城主干道两侧及各乡镇集镇的餐饮、五金、电动车销售维修等沿街商铺。
二、抽查内容。灭火器数量是否足够、压力指针是否在绿区、是否超过报废年限、是否放在便于取用的位置。
三、工作要求。抽查中发现问题的，当场告知整改；拒不整改的，移交消防救援机构依法处理。
联系人：胡晓峰，电话：0731-5520436。
藜川县应急管理局
2025年3月12日
""",
    ),
    dict(
        slug="fanwen-extinguisher-training-speech-cn-date",
        site="笔耕范文网 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.bigengfw.example.com/jianghua/xf/55807.html",
        title="在全镇灭火器实操培训会上的讲话",
        record_title="【精选】在全镇灭火器实操培训会上的讲话（通用3篇）_笔耕范文网",
        date="2025-04-09",
        notes="decorated title; a date in Chinese numerals under the speech title; a writing-service line glued after a sentence; a members-only line between paragraphs",
        page="""
!m 笔耕范文网 — 写材料，来笔耕
!m 当前：首页 / 讲话稿 / 安全讲话
!t 【精选】在全镇灭火器实操培训会上的讲话（通用3篇）
!m 作者：会员上传　更新：3天前
在全镇灭火器实操培训会上的讲话
副镇长　田振宇
（二〇二五年四月九日）
{BODY}
!a 复制全文需登录，本文共3篇，点此下载完整版
!l 上一篇：在夏季防溺水工作会上的讲话
!l 下一篇：镇消防安全网格员培训班开班讲话
""",
        body="""
同志们：
今天我们把各村的网格员和沿街店主请到一起，不讲大道理，就练一件事：怎样把灭火器拿起来、用得上。⟦w 材料代笔找小笔，V信 bgfw_2025⟧
去年冬天，镇上一家小饭馆油锅起火，店里明明挂着灭火器，老板却拔不出保险销，耽误了最宝贵的一分钟。
⟦a 以下内容为会员专享，开通后可无限复制⟧
所以今天的培训，每个人都要亲手提一次、拔一次、压一次，直到不看说明也能用。
希望大家回去以后，把学到的方法教给家人和店员，让每一具灭火器都真正派上用场。
""",
    ),
    dict(
        slug="wenku-extinguisher-factory-plan-glyph-markers",
        site="拾页文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://wk.shiye.example.com/p/8c31f07a.html",
        title="灭火器充装车间安全生产专项整治方案",
        record_title="灭火器充装车间安全生产专项整治方案.docx",
        date=None,
        notes="file-name title; page markers ⟬N⟭ on lines of their own cutting sentences; a preview-end prompt; upload time as relative time (no date)",
        indent="　　",
        pages=dict(fmt="⟬{n}⟭", every=120, start=2),
        page="""
!m 拾页文库　>　行业资料　>　安全生产
!t 灭火器充装车间安全生产专项整治方案.docx
!m 上传者：qz_kevin　上传于 2 天前　共 4 页　2.1 积分
{BODY}
!a 预览已到第 3 页，余下内容请下载原文件阅读
!a ↓ 立即下载　☆ 加入收藏
!d 本文档由用户自行上传，拾页文库仅提供存储空间，如有侵权请联系删除
""",
        body="""
为消除灭火器充装车间在压力容器、粉尘和搬运环节的安全隐患，结合公司实际，制定本方案。
一、整治重点：充装设备的压力表和安全阀是否按期校验；干粉储罐区的通风和防尘是否达标；成品堆放是否超过规定高度。
二、时间安排：自方案印发之日起至年底，分自查、整改、验收三个阶段进行。
三、职责分工：生产部负责现场整改，质检部负责压力表校验台账，安全员每日巡查并填写记录。
四、考核办法：整改不到位的班组，取消当月安全奖；连续两次验收合格的，给予表彰。
""",
    ),
    dict(
        slug="forum-owners-extinguisher-corridor-junk",
        site="蓂水·云栖湾业主论坛 (invented)",
        style="论坛",
        genre="倡议书",
        kind="letter",
        form="text",
        source="http://bbs.yunqiwan.example.net/thread-20391-1-1.html",
        title="关于每层楼道补齐灭火器的倡议",
        record_title="关于每层楼道补齐灭火器的倡议 - 业主议事厅 - 云栖湾业主论坛",
        date="2025-06-02",
        date_also=["2025-06-05"],
        notes="Discuz-like text: floor meta, forum junk on lines and glued after 。; the owners' committee's own date under the signature, the post date also accepted",
        junk=dict(lines=2, glued=2),
        page="""
!m 云栖湾业主论坛 › 业主议事厅 › 帖子详情
!t 关于每层楼道补齐灭火器的倡议 - 业主议事厅
!m 楼主：7栋老郑　发表于 2025-6-5 21:14　只看该作者
!m 查看: 862 | 回复: 37
{BODY}
!a 收藏　支持(58)　反对(2)
!l 回复 7栋老郑 的帖子：支持，我们5栋也缺
!m 本帖最后由 7栋老郑 于 2025-6-5 21:30 编辑
""",
        body="""
各位邻居：
最近业委会和几位楼长逐层走了一遍，发现全小区有四十一个楼层的消防箱里灭火器缺失或已过期。
楼道是大家逃生的必经之路，一旦起火，手边没有能用的灭火器，后果不堪设想。
业委会倡议：一是由物业在本月底前补齐并更换过期灭火器，费用从公共收益中列支；二是请各户不要挪用楼道灭火器；三是每季度由楼长检查一次压力指针。
云栖湾小区业主委员会
2025年6月2日
""",
    ),
    dict(
        slug="company-extinguisher-recall-models-html",
        site="盾安消防器材有限公司 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.dunan-fire.example.com/news/2025/0418.html",
        title="关于召回部分批次手提式干粉灭火器的公告",
        record_title="关于召回部分批次手提式干粉灭火器的公告-盾安消防",
        date="2025-04-18",
        notes="company site: an online-service float and a 400 order line beside the recall line in the body; a model table one row a paragraph",
        page="""
<html><head><meta charset="utf-8"><title>关于召回部分批次手提式干粉灭火器的公告-盾安消防</title>
<link rel="stylesheet" href="/css/site.css"></head><body>
<header><div class="logo">⟦m 盾安消防　守护每一次安心⟧</div>
<nav><a>⟦l 关于我们⟧</a><a>⟦l 产品中心⟧</a><a>⟦l 新闻公告⟧</a><a>⟦l 联系我们⟧</a></nav></header>
<div class="crumbs">⟦m 首页 » 新闻公告 » 企业公告⟧</div>
<h2>⟦t 关于召回部分批次手提式干粉灭火器的公告⟧</h2>
<p class="date">⟦m 发布日期：2025-04-18　阅读：3316⟧</p>
<section class="post">
{BODY}
</section>
<aside><div class="float">⟦w 在线客服　订购热线 400-870-1190⟧</div>
<ul><li>⟦l 推荐产品：4kg 水基型灭火器⟧</li><li>⟦l 推荐产品：悬挂式超细干粉⟧</li></ul></aside>
<footer><p>⟦d © 2025 盾安消防器材有限公司 保留所有权利⟧</p><p>⟦m 浙ICP备2024077215号⟧</p></footer>
<script src="/js/kf.js"></script>
</body></html>
""",
        body="""
我公司在质量回访中发现，部分批次手提式干粉灭火器的压力表存在指针卡滞现象，可能导致用户无法准确判断充装压力。
为保障用户安全，我公司决定自即日起召回下列批次产品：
型号　生产批号　数量（具）
MFZ/ABC4　2409A13　3200
MFZ/ABC4　2409A14　2860
MFZ/ABC8　2410B02　1540
用户可查看瓶身标签上的批号，属于召回范围的，请拨打召回专线0575-8866102登记，我公司将免费上门更换。
特此公告。
""",
    ),
    dict(
        slug="tender-school-extinguisher-replacement",
        site="苜原县公共资源交易中心 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://ggzy.muyuan.example.gov.cn/jyxx/zfcg/2025/0703/1206.html",
        title="苜原县中小学校灭火器更换项目询价公告",
        record_title="【采购公告】苜原县中小学校灭火器更换项目询价公告",
        date="2025-07-03",
        notes="tender page: CA hotline and platform service line beside purchaser and agency contacts; a lot table; download of the inquiry file is part of the document",
        page="""
!m 苜原县公共资源交易中心
!m 交易信息 > 政府采购 > 采购公告
!t 【采购公告】苜原县中小学校灭火器更换项目询价公告
!m 发布时间：2025-07-03 09:00　信息来源：县教育局
!a 【大】【中】【小】 【打印】
{BODY}
!w CA证书办理及驱动咨询：400-106-2237
!w 交易平台技术支持：0738-2290015（工作日）
!d 本网站所发布信息仅供参考，以采购人最终发布的正式文件为准
""",
        body="""
一、项目编号：MYZC-2025-XJ031
二、采购内容：全县二十六所中小学校过期灭火器的回收及更换，分两个包：
包号　内容　数量　最高限价（元）
1　4kg 干粉灭火器　1800具　162000
2　3L 水基型灭火器　600具　75000
三、供应商资格：具有独立法人资格，近三年无消防产品质量违法记录。
四、获取询价文件：请于7月4日至7月10日登录交易平台下载询价文件，逾期不予受理。
五、联系方式：采购人：苜原县教育局，联系人：彭老师，电话：0738-2331047；代理机构：苜原恒信招标代理有限公司，联系人：石工，电话：0738-2268810。
""",
    ),
    dict(
        slug="qa-extinguisher-expiry-relative-time",
        site="问达社区 (invented)",
        style="问答社区",
        genre="问答",
        kind="answer",
        form="text",
        source="https://www.wenda-sq.example.com/q/6630127",
        title="家用灭火器过期了还能用吗？",
        record_title=None,
        date=None,
        notes="title missing: the question; answer times relative (no date); a vote bar and similar-question list",
        page="""
!m 问达社区 · 生活常识
家用灭火器过期了还能用吗？
!m 提问者：匿名用户　5天前
!m 最佳答案
!m 雪落松间 · 消防设施操作员　回答于 4天前
{BODY}
!l 👍 有用(213)　👎 没用(4)　💬 评论(9)
!l 相似问题：灭火器压力表指针在红区怎么办？
!l 相似问题：车载灭火器放后备箱可以吗？
!a 我也要回答
""",
        body="""
不建议继续使用。灭火器过了报废年限，筒体可能锈蚀，药剂可能结块，关键时候喷不出来。
干粉灭火器一般从出厂日期算起十年报废，水基型一般六年，具体以瓶身标注为准。
还没到报废年限的，也要每个月看一眼压力表，指针在绿区才算正常，在红区说明压力不足。
过期的灭火器不要自己拆，可以联系当地消防器材店或社区统一回收。
""",
    ),
    dict(
        slug="print-school-extinguisher-rules-html",
        site="荞湾县实验小学 (invented)",
        style="打印页",
        genre="制度",
        kind="rule",
        form="html",
        source="http://www.qwsyxx.example.edu.cn/print.asp?id=2291",
        title="荞湾县实验小学消防器材管理制度",
        record_title="打印预览 - 荞湾县实验小学消防器材管理制度",
        date=None,
        notes="print view calling window.print(); rules whose articles speak of 扫码 and 打印; a print footer; no date (an effective-from clause only)",
        page="""
<html><head><meta charset="gbk"><title>打印预览 - 荞湾县实验小学消防器材管理制度</title>
<style>@media print{.noprint{display:none}}</style></head><body onload="window.print()">
<div class="noprint">⟦a [ 打印 ]⟧ ⟦a [ 关闭 ]⟧ ⟦a [ 返回原文 ]⟧</div>
<h3>⟦t 荞湾县实验小学消防器材管理制度⟧</h3>
<div>⟦m 打印时间：2025/9/3 08:41:17⟧</div>
{BODY}
<div class="pf">⟦m 原文地址：http://www.qwsyxx.example.edu.cn/show.asp?id=2291⟧</div>
<div class="pf">⟦m ∴ 第 1 页 ∴ 共 1 页⟧</div>
</body></html>
""",
        body="""
第一条　学校各楼层、实验室、食堂、配电房均按规定配置灭火器，由总务处统一建立台账。
第二条　每具灭火器粘贴二维码巡检卡，值周教师每周扫码巡检一次，记录压力和外观情况。
第三条　巡检记录每月由总务处打印存档，发现失效灭火器应在三个工作日内更换。
第四条　任何人不得挪用、损坏消防器材，学生不得把灭火器当作玩具。
第五条　本制度自下发之日起执行。
""",
    ),
    dict(
        slug="wiki-dry-powder-extinguisher-entry",
        site="知源百科 (invented)",
        style="百科问答",
        genre="百科",
        kind="entry",
        form="text",
        source="https://baike.zhiyuan.example.com/item/干粉灭火器/30118",
        title="干粉灭火器",
        record_title="干粉灭火器_知源百科",
        date=None,
        notes="entry: contents box, edit links, a placeholder ××××年××月 in the text; an update stamp is no date",
        page="""
!m 知源百科 | 人人可编辑的知识库
!t 干粉灭火器_知源百科
!a 编辑词条　收藏　分享
!l 目录：1 简介　2 适用范围　3 使用方法　4 维护
!m 本词条由“消防科普”团队认证 · 最近更新：2个月前
{BODY}
!l 词条标签：消防器材　安全常识
!d 本词条内容仅供参考，如需专业意见请咨询消防机构
!m 浏览次数：41万次　编辑次数：27次
""",
        body="""
干粉灭火器是以干粉为灭火剂、以氮气为驱动气体的灭火器，是家庭、商铺和车辆最常见的消防器材。
1 适用范围：ABC类干粉可扑救固体、液体、气体和带电设备的初起火灾，不宜用于精密仪器。
2 使用方法：提起灭火器，拔下保险销，一手握喷管对准火焰根部，一手压下压把。
3 维护：瓶身标签通常写有“生产日期：××××年××月”，应据此推算报废年限并定期检查压力。
""",
    ),
    dict(
        slug="mail-fwd-extinguisher-inspection-attachments",
        site="茈城物流集团邮件系统 (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mailto:anquan@cicheng-wl.example.com#msg-20250514",
        title="关于仓库灭火器年度检修的通知",
        record_title="Fw: 关于仓库灭火器年度检修的通知",
        date="2025-05-12",
        date_also=["2025-05-14"],
        notes="forwarded mail: header block, the mail's own attachment header and the document's own 附件 list; send date differs from 成文日期",
        page="""
!m 发件人：安全环保部 <anquan@cicheng-wl.example.com>
!m 发送时间：2025年5月14日 星期三 10:26
!m 收件人：各分仓负责人
!t Fw: 关于仓库灭火器年度检修的通知
!m 附件：2 个（检修计划表.xlsx；送检登记表.docx）
!m -------- 转发的邮件 --------
{BODY}
!d 此邮件及其附件仅供指定收件人使用，如误收请立即删除
!m 茈城物流集团 | 内部邮件请勿外传
""",
        body="""
各分仓：
根据集团年度消防工作计划，定于5月下旬对各仓库在用灭火器进行集中检修。
请各分仓于5月20日前清点在用灭火器数量，填写送检登记表，分两批送检，确保检修期间每个防火分区至少保留两具可用灭火器。
附件：1.灭火器检修计划表
2.灭火器送检登记表
安全环保部
2025年5月12日
""",
    ),
    dict(
        slug="wechat-extinguisher-fire-station-open-day-html",
        site="蕺阳消防 公众号镜像 (invented)",
        style="公众号镜像",
        genre="新闻",
        kind="news",
        form="html",
        source="https://wx.mirror-reader.example.com/s/jiyangxf/20251109a",
        title="消防站开放日：三百名居民上手体验灭火器",
        record_title="消防站开放日：三百名居民上手体验灭火器",
        record_date="2025-11-09",
        date="2025-11-09",
        notes="WeChat mirror: account line, a photo caption on its own line between paragraphs, 在看/阅读原文 bar, a follow prompt; a document sentence telling readers to 关注",
        page="""
<html><head><meta charset="utf-8"><title>消防站开放日：三百名居民上手体验灭火器</title></head><body>
<div class="mirror-bar">⟦m 本页为公众号文章镜像，排版可能与原文不同⟧</div>
<h1>⟦t 消防站开放日：三百名居民上手体验灭火器⟧</h1>
<div class="acct">⟦m 蕺阳消防　2025-11-09 18:02　浙江⟧</div>
<div id="js_content">
{BODY}
</div>
<div class="bar">⟦l 阅读原文⟧ ⟦l 在看 126⟧ ⟦l 赞 308⟧ ⟦a 分享⟧</div>
<div class="qr">⟦a 长按识别二维码，关注我们⟧</div>
<script>var mirrorId="jy1109";</script>
</body></html>
""",
        body="""
11月9日是全国消防日，蕺阳消防救援站向社会开放，三百余名居民走进营区。
在灭火器体验区，消防员点燃油盆，居民们轮流拔销、瞄准、按压，不少人第一次亲手灭掉了明火。
⟦m 图为居民在消防员指导下体验灭火器。（摄影：倪佳）⟧
市民吴阿姨说，家里的灭火器买了三年，今天才知道要对准火焰根部。
想参加下一期开放日的居民，可关注“蕺阳消防”公众号，在菜单栏预约。
""",
    ),
]
