"""holdout170, part E: hourglasses (沙漏). Invented text, sites, places and people; see ../build.py."""

CASES = [
    dict(
        slug="edu-physics-group-hourglass-minutes",
        site="葶州市第二中学 教育门户 (invented)",
        style="教育门户",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://www.tzez.edu.cn/jyky/2025/1014.html",
        title="物理教研组“沙漏计时与限时作答”教研活动纪要",
        date="2025-10-14",
        notes="school site; minutes' 时间/地点/主持/记录 lines; numbered points",
        page="""
!m 葶州市第二中学　　首页 | 教育科研 | 教研活动
{T}
!m 发布人：教科处　发布时间：2025-10-14　点击：97
{BODY}
!l 上一篇：高一年级学法指导讲座
!m 葶州市第二中学 版权所有
""",
        body="""
时间：2025年10月14日第七节
地点：实验楼302
主持：物理教研组长 邵恺
记录：蒙丽
会议讨论了在课堂练习中使用三分钟沙漏计时的做法。
1. 沙漏放在讲台上，学生看得见时间流逝，比口头提醒更直观。
2. 限时作答题目以基础题为主，难题不限时。
3. 下月各备课组交流一次使用效果。
""",
    ),
    dict(
        slug="collection-grandma-hourglass-essay",
        site="听松文集 (invented)",
        style="个人文集",
        genre="散文",
        kind="other",
        form="html",
        source="http://www.tingsong-wenji.cn/juan2/31.html",
        title="外婆的沙漏",
        record_title="《听松文集》卷二·第31篇｜外婆的沙漏",
        date=None,
        notes="collection reader with chapter navigation; essay with 写于 year; no date",
        page="""
<html><head><meta charset="utf-8"><title>《听松文集》卷二·第31篇｜外婆的沙漏</title></head><body>
<div class="bookhead">⟦m 《听松文集》　作者：甘若溪⟧</div>
<div class="toc">⟦l 卷二 · 旧物记⟧</div>
<h2>{T}</h2>
{BODY}
<div class="pager">⟦l 上一篇：搪瓷缸⟧ ⟦l 下一篇：外公的算盘⟧</div>
<div class="foot">⟦m 本站文字版权归作者所有　阅读 1288⟧</div>
</body></html>
""",
        body="""
外婆家的五斗柜上，放着一只木框的沙漏，沙子是淡黄色的，翻过来正好漏三分钟。
外婆煮鸡蛋、泡茶、给我们量刷牙的时间，都用它。小时候我总趴在柜子前，看沙子细细地往下流，觉得三分钟长得没有尽头。
后来外婆走了，沙漏留给了我。如今我翻过它，三分钟一眨眼就过去了。
写于2022年清明
""",
    ),
    dict(
        slug="party-lecture-hourglass-time",
        site="蒗川机关党建 (invented)",
        style="党建网",
        genre="党课讲稿",
        kind="speech",
        form="text",
        source="http://jgdj.langchuan.gov.cn/dk/2025/0701.html",
        title="从一只沙漏说起——珍惜时间、担当作为的专题党课",
        record_title="【党课讲稿】从一只沙漏说起——珍惜时间、担当作为的专题党课",
        date="2025-07-01",
        notes="Party lecture hard-wrapped at 64 columns; date under the title in Chinese numerals; speaker line neutral",
        page="""
!m 蒗川机关党建网 › 党课讲稿
{T}
县自然资源局党组书记　尤铮
（二〇二五年七月一日）
{BODY}
!a 【打印】【收藏】
!m 中共蒗川县直属机关工作委员会
""",
        wrap=64,
        indent="\u3000\u3000",
        body="""
同志们：
今天我带来了一只沙漏。大家看，沙子一粒一粒往下流，不快，但从不停下，也不会倒回去。
时间就像这沙漏里的沙。我们常说“来日方长”，可一项工作拖一拖，群众就要多等一等。
去年我们局办结的不动产登记业务中，还有一成多超过了承诺时限。这说明我们有些同志对时间还缺乏敬畏。
希望大家把每一天当作沙漏里的一粒沙来珍惜，把该办的事办在前头。
""",
    ),
    dict(
        slug="univ-museum-hourglass-exhibition",
        site="葶州大学 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.tzu.edu.cn/info/1102/9341.htm",
        title="校博物馆“时间的形状——沙漏与计时器具”专题展开展通知",
        record_title="校博物馆“时间的形状——沙漏与计时器具”专题展开展通知-葶州大学",
        date="2025-11-20",
        notes="university notice; opening hours and 预约 contact kept; 扫码预约 sentence kept",
        page="""
!m 葶州大学　TINGZHOU UNIVERSITY
!m 首页 > 通知公告
{T}
!m 发布时间：2025-11-20　　作者：博物馆
!a 【字体：大 中 小】
{BODY}
!m 葶州大学党委宣传部主办　地址：葶州市大学路66号
""",
        body="""
全校师生：
校博物馆“时间的形状——沙漏与计时器具”专题展将于11月24日开展，展出各类沙漏、香篆钟、日晷复制品等藏品120余件。
开放时间：周一至周五 9:00-16:30
团体参观请扫描博物馆门口二维码预约，或致电0793-6610382。
葶州大学博物馆
2025年11月20日
""",
    ),
    dict(
        slug="wenku-hourglass-workshop-safety-rules",
        site="知页文库 (invented)",
        style="文库预览",
        genre="规章制度",
        kind="other",
        form="html",
        source="https://wenku.zhiye.com/d/88fa33b1.html",
        title="沙漏工艺品车间安全管理制度",
        record_title="沙漏工艺品车间安全管理制度 - 知页文库",
        date=None,
        notes="文库 reader with page-marker paragraphs ⋐N⋑; VIP lock; upload stamp no date",
        page="""
<html><head><meta charset="utf-8"><title>沙漏工艺品车间安全管理制度 - 知页文库</title></head><body>
<div class="top">⟦m 知页文库⟧ ⟦a 开通VIP⟧ ⟦a 上传文档⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 上传人：工艺坊小李　2025-05-02上传　共2页⟧</div>
<div class="reader">
{BODY}
</div>
<div class="lock">⟦a 余下内容需开通VIP后阅读⟧</div>
<div class="foot">⟦d 知页文库内容为用户上传，平台不对其准确性负责⟧</div>
</body></html>
""",
        pages=dict(fmt="⋐{n}⋑", every=90),
        body="""
一、灌砂工序应在密闭操作台内进行，操作人员佩戴防尘口罩。
二、玻璃泡封口使用喷灯时，操作台周围一米内不得存放木框、油漆等易燃物。
三、打磨木框产生的粉尘每日下班前清扫，除尘设备每周清理一次。
四、破损的玻璃泡放入专用收集箱，不得混入生活垃圾。
""",
    ),
    dict(
        slug="app-hourglass-shop-year-summary",
        site="妙笔H5 (invented)",
        style="范文APP",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://m.miaobi-app.com/s/x8Qd21",
        title="文创小店2025年经营工作总结",
        record_title="文创小店2025年经营工作总结（可编辑）｜妙笔",
        date=None,
        notes="writing-app H5 share; share stamp and relative time no date; open-app prompts",
        page="""
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>文创小店2025年经营工作总结（可编辑）｜妙笔</title></head><body>
<div class="appbar">⟦a 妙笔App内打开，体验更佳⟧</div>
<h1>{T}</h1>
<div class="u">⟦m 来自妙笔用户 一方小铺 · 昨天⟧</div>
{BODY}
<div class="cta">⟦a 一键套用此模板⟧ ⟦a 下载妙笔App⟧</div>
<div class="more">⟦l 更多总结：奶茶店年终总结　花店经营总结⟧</div>
</body></html>
""",
        body="""
今年小店主打手作沙漏和木质摆件，全年销售沙漏2300余只，占营业额的四成。
最受欢迎的是刻字定制沙漏，毕业季和七夕前后订单最多。
线上店铺开通后，外地订单占比提高到三成，但玻璃沙漏运输破损率较高，退换成本不小。
明年打算改进包装，并尝试与景区合作推出城市主题沙漏。
""",
    ),
    dict(
        slug="training-time-management-hourglass-course",
        site="启程职场学堂 (invented)",
        style="培训机构",
        genre="课程介绍",
        kind="other",
        form="text",
        source="https://www.qicheng-xt.com/kc/shijian.html",
        title="“沙漏工作法”时间管理公开课",
        record_title="学员必看 | “沙漏工作法”时间管理公开课",
        date=None,
        notes="training school brochure on one line; 400 line and WeChat prompt; course fee; no date",
        page="""
!m 启程职场学堂 · 让成长看得见
{T}
!w 课程顾问微信：qicheng_kf　全国热线：400-803-5129
{BODY}
!a 立即报名　　免费试听
!m ©启程职场学堂
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
课程简介：用一只25分钟的沙漏把工作切成小段，每段只做一件事，段与段之间休息5分钟。
适合人群：经常被打断、拖延、加班的职场人。
课程安排：两个晚上，每晚2小时，线下小班授课，每班不超过20人。
学费：399元，赠送定制沙漏一只。
""",
    ),
    dict(
        slug="netdisk-hourglass-sand-filling-instruction",
        site="青鸟网盘 (invented)",
        style="网盘分享",
        genre="作业指导书",
        kind="other",
        form="html",
        source="https://pan.qingniao.cn/share/Hg7x0P",
        title="沙漏灌砂工序作业指导书",
        record_title="沙漏灌砂工序作业指导书.docx",
        date="2025-03-18",
        notes="cloud-drive preview; file-name title; share expiry; document's 编制 date at the end",
        page="""
<html><head><meta charset="utf-8"><title>沙漏灌砂工序作业指导书.docx_青鸟网盘</title></head><body>
<div class="hd">⟦m 青鸟网盘⟧ ⟦a 登录⟧ ⟦a 注册⟧</div>
<div class="file">⟦m 沙漏灌砂工序作业指导书.docx　64KB　2025-03-19 分享⟧</div>
<div class="ops">⟦a 下载　保存到网盘　举报⟧</div>
<div class="preview">
{BODY}
</div>
<div class="exp">⟦m 链接有效期：7天⟧</div>
</body></html>
""",
        body="""
1. 适用范围：本指导书适用于3分钟、5分钟、10分钟规格玻璃沙漏的灌砂工序。
2. 砂料要求：使用经过烘干、过200目筛的石英砂，含水率不大于0.5%。
3. 操作步骤：称量砂料，经漏斗灌入玻璃泡，试漏计时，误差超过正负5秒的调整砂量后重试。
4. 检验：每批抽取10只复测计时，全部合格方可转入封口工序。
编制：工艺组　2025年3月18日
""",
    ),
    dict(
        slug="tender-kindergarten-timer-teaching-aids-result",
        site="葶州市政府采购网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.tzzfcg.gov.cn/cggg/zbgg/2025/0912_331.html",
        title="葶州市实验幼儿园科学区教具（沙漏计时器等）采购项目成交结果公告",
        date="2025-09-12",
        notes="tender result with lot table; purchaser and agency contacts beside the CA hotline",
        page="""
!m 葶州市政府采购网
!m 首页 » 采购公告 » 成交公告
{T}
!m 发布日期：2025-09-12　浏览：63
{BODY}
!m CA数字证书服务热线：0793-6612345
!d 本网站所发布信息由采购人、代理机构提供，并对其真实性负责。
""",
        body="""
一、项目编号：TZCG-2025-0871
二、成交信息
品目　成交供应商　成交金额
沙漏计时器（1、3、5分钟组）　葶州童趣教玩具有限公司　1.86万元
磁力科学套装　葶州童趣教玩具有限公司　2.40万元
三、公告期限：自本公告发布之日起1个工作日。
四、联系方式
采购人：葶州市实验幼儿园　联系人：秦老师　电话：0793-6625510
代理机构：葶州公信招标代理有限公司　联系人：乔菲　电话：0793-6637702
""",
    ),
    dict(
        slug="community-council-hourglass-speaking-rule",
        site="杏坛社区 (invented)",
        style="社区网站",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://www.xingtansq.org/ysh/2025-08.html",
        title="杏坛社区居民议事会会议纪要",
        date="2025-08-21",
        notes="residents' site; minutes lines and vote count; 沙漏 speaking time rule in the text",
        page="""
!m 杏坛社区网　　居民议事
{T}
!m 发布：居委会　浏览 76
{BODY}
!l 上一条：关于加装电梯意见征集的公示
!m 杏坛社区居委会 值班电话：0851-5530112
""",
        body="""
时间：2025年8月21日晚7时30分
地点：社区党群服务中心二楼
主持：居委会主任 邬秀
参会：居民代表23人
会议讨论了小区东门晚间停车问题。为了让每位代表都能发言，会议试行“沙漏发言”，每人发言以三分钟沙漏为限。
经表决，21票同意、2票弃权，通过东门晚10点后只进不出的管理方案。
""",
    ),
]
