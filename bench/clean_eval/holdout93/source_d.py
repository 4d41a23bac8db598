"""holdout93, part D: 地方论坛, 资料下载站, 人事考试网, 招投标网, 律所网站. Everything invented."""

CASES = [
    dict(
        slug="localbbs-tanbu-iron-gate-notice-text",
        site="檀埠在线 (invented)",
        style="地方论坛",
        genre="通知",
        kind="notice",
        form="text",
        source="http://bbs.tanbuol.example.com/t-88120.html",
        title="关于老城区铁艺雨棚限期整改的通知",
        record_title="【转】关于老城区铁艺雨棚限期整改的通知 - 檀埠热议 - 檀埠在线",
        date="2025-06-03",
        notes="county forum repost; document's own 联系电话 kept next to the forum's 广告合作 line; forum junk; floor meta",
        page="""
!m 檀埠在线 » 檀埠热议 » 正文
!m 楼主：城南老街坊　发表于：2025-06-04 07:52
{T}
{BODY}
!m 1楼　回复时间：2025-06-04 08:10
!l 楼下的说说，我家那个算不算？
!w 广告合作、置顶推广请联系版主微信 tbzx0808
!m 檀埠在线 版权所有 | 友情链接 | 网站地图
""",
        date_also=["2025-06-04"],
        junk=dict(lines=1, glued=1),
        body="""
老城区各住户、商户：
近期检查发现，部分铁艺雨棚锈蚀严重、固定不牢，大风天气存在坠落危险。
请相关住户、商户于6月30日前自行整改或拆除，逾期未整改的由街道统一拆除。
对确有困难的独居老人，街道将组织志愿者上门帮助。联系电话：0771-6631209。
檀埠镇城南街道办事处
2025年6月3日
""",
    ),
    dict(
        slug="localbbs-liuxi-bamboo-rat-price-html",
        site="柃溪百事通 (invented)",
        style="地方论坛",
        genre="帖子",
        kind="other",
        form="html",
        source="https://www.lingxibst.example.com/thread/55402",
        title="今年竹鼠收购价行情汇总",
        record_title="今年竹鼠收购价行情汇总",
        date=None,
        notes="local forum HTML; price table rows; relative times (昨天 / 5天前) are no dates; jammer fonts; reply box",
        page="""
<html><head><meta charset="utf-8"><title>今年竹鼠收购价行情汇总 - 农家乐园 - 柃溪百事通</title><style>.jm{font-size:0}</style></head><body>
<div class="hd">⟦m 柃溪百事通⟧ ⟦m 首页 | 二手 | 招聘 | 农家乐园 | 便民⟧</div>
<div class="crumb">⟦m 柃溪百事通 › 农家乐园 › 帖子详情⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 竹林三哥 · 昨天 21:37 · 浏览 2210 · 回复 18⟧</div>
<div class="post">
{BODY}
</div>
<div class="reply">⟦l 竹溪阿妹：5天前我卖的是23一斤，涨了啊⟧</div>
<div class="box">⟦l 说点什么吧…　发表⟧</div>
<div class="ft">⟦m 客服热线 400-870-5521 | 柃溪百事通 ©2025⟧</div>
</body></html>
""",
        junk=dict(lines=1, glued=1),
        body="""
跑了几家收购点，把这周问到的价格汇总一下，供大家参考。
品种　规格　收购价
中华竹鼠　2斤以上　每斤26元
银星竹鼠　2斤以上　每斤24元
种鼠　一公一母　每对180元
价格每天都在变，出货前最好先打电话问清楚。
""",
    ),
    dict(
        slug="download-ziliao-hawthorn-standard-html",
        site="资料114 (invented)",
        style="资料下载站",
        genre="标准",
        kind="other",
        form="html",
        source="http://www.ziliao114.example.com/soft/down/77231.html",
        title="山楂鲜果分级技术规范（试行）",
        record_title="山楂鲜果分级技术规范（试行）.doc下载",
        date="2025-08-01",
        notes="download station with file-info table and mirror links; decorated title (.doc下载); decimal headings; dead-link report; date under the issuing body",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk"><title>山楂鲜果分级技术规范（试行）.doc下载_资料114</title></head><body>
<table><tr><td>⟦m 资料114 - 免费资料下载基地⟧</td><td>⟦a 加入收藏⟧</td></tr></table>
<table class="fileinfo"><tr><td>⟦m 资料大小：86KB⟧</td><td>⟦m 资料格式：DOC⟧</td></tr><tr><td>⟦m 更新时间：2025-08-20⟧</td><td>⟦m 下载次数：413⟧</td></tr></table>
<h1>{T}</h1>
<div class="intro">⟦m 资料简介：⟧</div>
{BODY}
<div class="down">⟦a 电信下载⟧ ⟦a 联通下载⟧ ⟦a 本地高速下载⟧</div>
<div class="bad">⟦a 下载地址失效？点此报告⟧</div>
<div class="copy">⟦d 本站资料均来源于网络，如有侵权请联系站长删除。⟧</div>
</body></html>
""",
        body="""
1 范围
本规范规定了山楂鲜果的等级要求和检验方法，适用于柃溪地区山楂鲜果收购。
2 等级要求
2.1 一级果：单果重12克以上，果面着色90%以上，无病虫伤。
2.2 二级果：单果重9克以上，果面着色75%以上，轻微磕碰不超过一处。
3 检验方法
随机抽取5公斤样果，逐个称重并目测着色情况。
柃溪县市场监督管理局
2025年8月1日
""",
    ),
    dict(
        slug="download-xiazaiba-cello-lesson-plan-text",
        site="下载吧课件站 (invented)",
        style="资料下载站",
        genre="教案",
        kind="plan",
        form="text",
        source="https://www.xiazaiba-kj.example.cn/jiaoan/20411.html",
        title="小学音乐《认识大提琴》教学设计",
        record_title="小学音乐《认识大提琴》教学设计（免费下载）",
        date=None,
        notes="download station text page; decorated title; no date (update stamp only); numbered steps; download mirrors",
        page="""
!m 下载吧课件站 — 教案 课件 试题 一站下载
!m 软件大小：32KB　授权：免费　更新：2024-12-19
{T}
{BODY}
!a ↓ 下载地址一（网通）
!a ↓ 下载地址二（电信）
!d 友情提示：本站资源仅供教学交流，请下载后24小时内删除。
""",
        body="""
教学目标：认识大提琴的外形和音色，能听辨大提琴演奏的乐曲片段。
教学过程：
1.导入：播放《天鹅》片段，请学生说说听到了什么。
2.新授：出示大提琴图片，介绍琴身、琴弦、琴弓和指板。
3.体验：请学生轻轻拨动琴弦，感受低沉的声音。
4.小结：大提琴常被称为“乐器中的男中音”。
""",
    ),
    dict(
        slug="exam-rsks-map-technician-notice-html",
        site="枳阳市人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="http://rsks.zhiyang.example.gov.cn/ksxx/2025/0318_7702.html",
        title="2025年枳阳市自然资源系统事业单位公开招聘测绘技术人员公告",
        record_title="2025年枳阳市自然资源系统事业单位公开招聘测绘技术人员公告",
        date="2025-03-18",
        notes="exam portal with floating consult box; committee's 咨询电话 kept next to the site's technical line; 下载/打印 准考证 sentence kept; table rows",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>2025年枳阳市自然资源系统事业单位公开招聘测绘技术人员公告</title></head><body>
<div class="top">⟦m 枳阳市人事考试网⟧ ⟦a 考生登录⟧ ⟦a 注册⟧</div>
<div class="menu">⟦m 首页 考试信息 成绩查询 证书办理 政策法规⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 发布日期：2025-03-18　信息来源：市人社局⟧</div>
{BODY}
<div class="float">⟦w 在线咨询 点我⟧</div>
<div class="foot">⟦m 技术支持电话：0746-8321100（工作日）⟧<br>⟦m 主办：枳阳市人事考试中心⟧</div>
</body></html>
""",
        body="""
经研究，决定面向社会公开招聘测绘技术人员6名，现将有关事项公告如下。
岗位　人数　专业要求
地图编制　3　测绘工程、地理信息科学
外业测量　3　测绘工程
报名时间为2025年3月25日至3月31日，考生须于4月18日后登录本网站下载并打印准考证。
咨询电话：0746-8325017。
枳阳市自然资源局
2025年3月18日
""",
    ),
    dict(
        slug="exam-zhaokao-snuff-teacher-interview-text",
        site="檀埠招考信息网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.tbzk.example.cn/info/2025-7-21/3391.html",
        title="关于非遗传承课程兼职教师面试安排的通知",
        record_title="关于非遗传承课程兼职教师面试安排的通知-檀埠招考信息网",
        date="2025-07-21",
        notes="exam site text; interview schedule rows; placeholder-free; hotline footer; title repeated twice",
        page="""
!m 檀埠招考信息网 · 权威 及时 准确
!m 您的位置：首页 > 面试公告
{T}
!m 来源：区教育局　2025-07-21
{T}
{BODY}
!l 【相关公告】非遗传承课程兼职教师笔试成绩公示
!m 考务咨询热线：0771-6608800　服务时间：工作日 9:00-17:00
""",
        body="""
根据招聘工作安排，现将非遗传承课程兼职教师面试有关事项通知如下。
岗位　面试时间　地点
内画鼻烟壶　7月28日上午　区教师发展中心三楼
铁艺锻造　7月28日下午　区教师发展中心三楼
面试采取试讲方式，每人15分钟，考生须携带身份证提前30分钟到场。
檀埠区教育局
2025年7月21日
""",
    ),
    dict(
        slug="tender-ggzy-iron-railing-bid-result-html",
        site="榕坪镇公共资源交易平台 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://ggzy.rongping.example.gov.cn/jyxx/jggs/20250418/5581.html",
        title="榕坪镇老街铁艺栏杆修缮工程中标结果公告",
        record_title=None,
        date="2025-04-18",
        notes="tender platform; title missing (h1); bid-result table; buyer and agency contacts kept next to CA helpdesk; 信息时间 byline",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>中标结果公告 - 榕坪镇公共资源交易平台</title></head><body>
<div class="head">⟦m 榕坪镇公共资源交易平台⟧ ⟦a 主体登录⟧ ⟦a CA办理⟧</div>
<div class="loc">⟦m 交易信息 &gt; 工程建设 &gt; 中标结果⟧</div>
<h1>{T}</h1>
<div class="time">⟦m 信息时间：2025-04-18　阅读次数：96⟧</div>
{BODY}
<div class="ca">⟦m CA证书服务热线：400-061-9920⟧</div>
<div class="foot">⟦d 本平台发布的信息由招标人或代理机构提供，平台不承担相关责任。⟧</div>
</body></html>
""",
        body="""
一、项目编号：RPZ-2025-031
二、中标信息：
中标人　中标金额　工期
榕坪镇袁氏铁艺加工坊　28.6万元　60日历天
三、公示期：自本公告发布之日起3个工作日。
四、联系方式：采购人：榕坪镇人民政府，联系人：吕工，电话：0771-6801123；代理机构：柏山工程咨询有限公司，电话：0771-6805567。
""",
    ),
    dict(
        slug="tender-caigou-cello-purchase-text",
        site="楮山政府采购网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://ccgp-chushan.example.gov.cn/cggg/2025/0902/11020.htm",
        title="楮山市少年宫大提琴采购项目询价公告",
        record_title="【询价公告】楮山市少年宫大提琴采购项目询价公告",
        date="2025-09-02",
        notes="procurement text page; decorated title; 获取采购文件 by 下载 as content; goods table; platform hotline at the bottom",
        page="""
!m 楮山政府采购网
!m 首页 > 采购公告 > 询价公告
{T}
!m 发布时间：2025-09-02 16:20　浏览：133
{BODY}
!l 附件下载区：询价文件.pdf（登录后可见）
!m 平台运维电话：0739-2210033
!d 版权所有：楮山市财政局
""",
        body="""
一、采购内容
品名　数量　预算单价
4/4大提琴　10把　9500元
3/4大提琴　6把　7800元
二、供应商须在交易系统下载询价文件，并于9月12日9时前递交报价。
三、采购人联系人：任老师，电话：0739-2286410。
楮山市少年宫
2025年9月2日
""",
    ),
    dict(
        slug="lawfirm-zhengyi-map-copyright-html",
        site="正弈律师事务所 (invented)",
        style="律所网站",
        genre="普法",
        kind="other",
        form="html",
        source="https://www.zhengyilaw.example.com/case/2025/0611.html",
        title="手绘地图被盗用，作者如何维权？",
        record_title="律师说法丨手绘地图被盗用，作者如何维权？ - 正弈律师事务所",
        date="2025-06-11",
        notes="law firm page; lawyer's card; consult prompt; not-legal-advice notice; decorated title",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>律师说法丨手绘地图被盗用，作者如何维权？ - 正弈律师事务所</title></head><body>
<div class="nav">⟦m 正弈律师事务所　专业·守信·尽责⟧ ⟦m 首页 律所简介 专业领域 律师团队 联系我们⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 2025-06-11　作者：知识产权部⟧</div>
<div class="card">⟦m 主办律师：詹若冰　执业证号 14501201912207731⟧</div>
{BODY}
<div class="warn">⟦d 本文仅为普法交流，不构成对具体案件的法律意见。⟧</div>
<div class="consult">⟦w 免费咨询热线 400-818-6630　微信同号⟧</div>
<div class="ft">⟦m 地址：楮山市滨江路9号国贸大厦21层⟧</div>
</body></html>
""",
        body="""
手绘地图融入了作者对地理信息的选择、取舍和艺术表达，属于著作权法保护的图形作品。
他人未经许可将手绘地图印在文创产品上销售，构成侵权。
作者可以先固定证据，如购买侵权产品、保存网页截图，再发律师函要求停止侵权、赔偿损失。
协商不成的，可以向法院提起诉讼。
""",
    ),
    dict(
        slug="lawfirm-hengan-hawthorn-contract-text",
        site="恒安律师网 (invented)",
        style="律所网站",
        genre="合同",
        kind="other",
        form="text",
        source="http://hengan-lawyer.example.cn/hetong/322.html",
        title="山楂鲜果购销合同（范本）",
        record_title="山楂鲜果购销合同（范本）-恒安律师网",
        date=None,
        notes="law firm contract template; placeholders kept; no date; consult prompt glued after the last clause",
        page="""
!m 恒安律师网 · 合同范本库
!m 首页 / 合同范本 / 买卖合同
{T}
!m 整理：恒安律师网编辑部　阅读 845
{BODY}
!a 下载本合同（Word格式）
!d 本范本仅供参考，签约前请结合实际由律师审核。
""",
        body="""
甲方（买方）：__________　乙方（卖方）：__________
一、标的：山楂鲜果，等级为一级果，数量______公斤，单价______元/公斤。
二、交货时间：____年__月__日前，交货地点：__________。
三、质量标准按山楂鲜果分级技术规范执行，甲方收货时当场验收。
四、本合同一式两份，双方各执一份。⟦w 合同纠纷？恒安律师在线解答，电话0913-7712060⟧
""",
    ),
]
