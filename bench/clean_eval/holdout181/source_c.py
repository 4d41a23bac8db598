"""holdout181, part C: watering cans (洒水壶). Invented text; see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="edu-bochuan-labour-course-watering-cans-notice",
        site="铍川县教育体育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jtj.bochuan.gov.cn/tzgg/202503/t20250303_2291.html",
        title="关于为农村小学配备劳动教育基本工具的通知",
        record_title="关于为农村小学配备劳动教育基本工具的通知-铍川县教育体育局",
        date="2025-03-03",
        notes="education bureau with 关怀版/无障碍 links; a tool table; the bureau's 联系人/电话 beside the site's technical-support line; 附件 list",
        page="""
<html><head><meta charset="utf-8"><title>关于为农村小学配备劳动教育基本工具的通知-铍川县教育体育局</title></head>
<body>
<div class="topbar">⟦a 关怀版⟧ ⟦a 无障碍⟧ ⟦m 今天是：2025年3月3日 星期一⟧</div>
<div class="head">⟦m 铍川县教育体育局⟧</div>
<div class="nav">⟦m 首页 | 教育要闻 | 通知公告 | 政务公开 | 招生考试 | 联系我们⟧</div>
<div class="pos">⟦m 当前位置：首页 › 通知公告⟧</div>
<div class="art"><h2>{T}</h2>
<p class="info">⟦m 发布时间：2025-03-03　作者：装备中心　阅读：1408⟧</p>
{BODY}
</div>
<div class="tools">⟦a [打印本页]⟧ ⟦a [关闭窗口]⟧</div>
<div class="foot">⟦m 铍川县教育体育局 主办⟧ ⟦m 网站技术支持电话：0871-61230088⟧ ⟦m 滇ICP备12004418号⟧</div>
</body></html>
""",
        body="""
各乡镇中心学校：
为落实劳动教育课程要求，县教体局决定为全县28所农村小学配备一批劳动教育基本工具，现将有关事项通知如下：
一、配备标准
工具名称　每校数量　备注
洒水壶（5升）　20把　塑料材质，壶嘴可拆卸
小锄头　20把　木柄，适合小学生使用
工具收纳柜　1组　放置于劳动实践室
二、工作要求。各校要指定专人管理，建立借用登记台账，学期末清点报损。
联系人：县装备中心 罗文静，电话：0871-61235217。
附件：劳动工具接收确认单
铍川县教育体育局
2025年3月3日
""",
    ),
    dict(
        slug="blog-huayuan-copper-watering-can-tags",
        site="小园日记 博客 (invented)",
        style="博客",
        genre="随笔",
        kind="other",
        form="html",
        source="https://xiaoyuanriji.blog.cn/2025/04/copper-can.html",
        title="一把黄铜洒水壶用了三十年",
        record_title="一把黄铜洒水壶用了三十年 | 小园日记",
        date="2025-04-18",
        notes="blog with tag cloud, archive, comment form; bracketed post time is the date",
        page="""
<html><head><meta charset="utf-8"><title>一把黄铜洒水壶用了三十年 | 小园日记</title></head>
<body>
<header><h1 class="site">⟦m 小园日记⟧</h1><p>⟦m 阳台上的一方小天地⟧</p><nav>⟦m 首页 · 归档 · 关于我⟧</nav></header>
<article><h2>{T}</h2>
<p class="time">⟦m [2025-04-18 21:40]⟧ ⟦m 分类：园艺杂谈⟧</p>
{BODY}
<p class="tags">⟦l 标签：洒水壶 老物件 阳台花园⟧</p>
</article>
<aside><h4>⟦l 标签云⟧</h4><p>⟦l 月季 多肉 扦插 换盆 老物件⟧</p><h4>⟦l 文章归档⟧</h4><p>⟦l 2025年4月(6) 2025年3月(9)⟧</p></aside>
<section class="comments"><h4>⟦l 发表评论⟧</h4><p>⟦l 昵称（必填）　邮箱（必填）　提交评论⟧</p></section>
<footer>⟦m © 2025 小园日记 · 由 WordPress 驱动⟧</footer>
</body></html>
""",
        body="""
父亲退休那年，在旧货市场淘回一把黄铜洒水壶，壶身上已经有好几处凹痕。
他用砂纸把锈斑一点点磨掉，又在壶嘴的莲蓬头上重新钻了几个眼，从那以后，阳台上的花草都是用它浇的。
黄铜壶沉，装满水要用两只手才提得稳，但出水细而匀，不会把盆土冲出坑来。
如今父亲不在了，这把壶传到了我手里，每个周末浇花，还是用它。
""",
    ),
    dict(
        slug="univ-botany-greenhouse-watering-rules-oneline",
        site="锛阳农林学院 生命科学学院 (invented)",
        style="高校官网",
        genre="制度",
        kind="regulation",
        form="text",
        source="https://skxy.byafu.edu.cn/syjx/gzzd/1047.htm",
        title="生命科学学院教学温室浇水管理规定",
        record_title="生命科学学院教学温室浇水管理规定-生命科学学院",
        date=None,
        notes="university department page, body on one line; articles speak of 扫码 and 打印 as content; no date",
        page="""
!m 锛阳农林学院 生命科学学院
!m 学院首页 > 实验教学 > 规章制度
{T}
!m 作者：实验中心　点击数：311　更新时间：2小时前
{BODY}
!a 【关闭】【打印】
!m 版权所有：锛阳农林学院生命科学学院　地址：锛阳市学府路9号
""",
        oneline=True,
        body="""
第一条　为保障教学温室植物正常生长，规范师生浇水行为，制定本规定。
第二条　温室内统一使用学院配发的细嘴洒水壶，严禁使用水管直接冲淋，防止幼苗倒伏和土壤板结。
第三条　值日学生浇水前须扫码登记，记录浇水时间、区域和用水量；登记表每月由实验员打印存档。
第四条　洒水壶用后应倒空晾干，放回工具架原位，损坏的及时报实验员更换。
第五条　本规定由学院实验中心负责解释。
""",
    ),
    dict(
        slug="community-lanyuan-shared-flowerbed-cans",
        site="兰苑社区 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.lanyuansq.cn/sqgg/2025/0520.html",
        title="关于社区共享花坛借用洒水壶的通知",
        record_title="【社区公告】关于社区共享花坛借用洒水壶的通知",
        date="2025-05-20",
        notes="residents' site with a weather widget and grid box; the community's own phone beside the property hotline",
        page="""
<html><head><meta charset="utf-8"><title>【社区公告】关于社区共享花坛借用洒水壶的通知</title></head>
<body>
<div class="hd">⟦m 锛溪市东城街道兰苑社区⟧ <span class="weather">⟦m 晴 18～27℃ 空气质量：良⟧</span></div>
<div class="nav">⟦m 社区首页 | 社区公告 | 党建园地 | 便民服务 | 居民议事⟧</div>
<div class="content"><h2>⟦t 【社区公告】关于社区共享花坛借用洒水壶的通知⟧</h2>
<div class="meta">⟦m 发布人：兰苑社区居委会　发布日期：2025-05-20⟧</div>
{BODY}
</div>
<div class="grid">⟦m 网格员：第三网格 李娟 13908715562⟧</div>
<div class="wy">⟦m 物业24小时服务热线：0576-89330110⟧</div>
<div class="ft">⟦m Copyright 兰苑社区 2025⟧</div>
</body></html>
""",
        body="""
各位居民：
社区共享花坛认领工作已经完成，共有46户家庭认领了花坛。为方便大家浇水，社区在居委会一楼设置了工具借用点，配备洒水壶30把。
借用时间为每天7:00-9:00和17:00-19:00，凭认领卡登记借用，用完当天归还。
请大家爱护公共工具，洒水壶如有损坏请及时告知。
社区联系电话：0576-89331207。
兰苑社区居委会
2025年5月20日
""",
    ),
    dict(
        slug="download-old-asp-watering-can-mould-process",
        site="模具资料下载站 (invented)",
        style="资料下载站",
        genre="工艺文件",
        kind="other",
        form="html",
        source="http://www.mujuziliao.com/soft/2318.html",
        title="塑料洒水壶注塑成型工艺说明",
        record_title="塑料洒水壶注塑成型工艺说明.doc下载",
        date=None,
        notes="old ASP download station: file-info table, three download links, dead-link report; no date (update stamp only)",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>塑料洒水壶注塑成型工艺说明.doc下载</title></head>
<body>
<table width="960" align="center"><tr><td>⟦m 模具资料下载站 www.mujuziliao.com⟧</td><td>⟦a 设为首页⟧ ⟦a 加入收藏⟧</td></tr></table>
<table width="960" align="center"><tr><td>⟦m 当前位置：首页 → 注塑工艺 → 日用品⟧</td></tr></table>
<table width="960" align="center" class="info">
<tr><td>⟦t 塑料洒水壶注塑成型工艺说明⟧</td></tr>
<tr><td>⟦m 文件大小：86 KB　文件类型：doc　更新时间：2023-11-07　下载次数：1290⟧</td></tr>
<tr><td>⟦m 运行环境：WinXP/Win7/Win10　授权方式：免费⟧</td></tr>
</table>
<table width="960" align="center"><tr><td class="intro">
{BODY}
</td></tr></table>
<table width="960" align="center"><tr><td>⟦a 下载地址：电信下载　联通下载　本地下载⟧</td></tr>
<tr><td>⟦a 如果下载地址失效，请点此报告错误⟧</td></tr></table>
<table width="960" align="center"><tr><td>⟦d 本站资源来自网络，仅供学习交流，请下载后24小时内删除。⟧</td></tr></table>
</body></html>
""",
        body="""
一、材料：壶身采用聚丙烯（PP），壶嘴莲蓬头采用聚乙烯（PE），使用前烘料80℃、2小时。
二、模具：壶身一出一，采用热流道进浇，壶把与壶身一体成型。
三、主要工艺参数
项目　数值
料筒温度　190-220℃
注射压力　65MPa
冷却时间　28秒
四、质量要求：壶身无缩痕、无飞边，装水5升静置30分钟不渗漏。
""",
    ),
    dict(
        slug="netdisk-lvye-garden-tools-plan-docx",
        site="云藏网盘 (invented)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="text",
        source="https://pan.yuncang.cn/s/1kQ9ZrWv7",
        title="绿野园林工具公司2025年洒水壶新品推广方案",
        record_title="绿野园林工具公司2025年洒水壶新品推广方案.docx",
        date="2025-02-24",
        notes="cloud-drive preview: file-name title; share/expire stamps no date; save/download buttons; 成文日期 in the body",
        page="""
!m 云藏网盘 | 文件分享
!m 绿野园林工具公司2025年洒水壶新品推广方案.docx　　28.6KB
!m 分享者：lvye_market　分享时间：2025-03-01 15:22　有效期：永久
!a 保存到我的网盘　　下载（需登录）　　举报
{BODY}
!a 在线预览仅显示部分内容，下载后查看完整文件
!d 请勿分享违法违规内容，云藏网盘将依法处理。
""",
        body="""
一、推广目标：新款“细雨”系列洒水壶上市首年销量达到8万只，电商渠道占比不低于六成。
二、目标人群：城市阳台种植爱好者、社区花园志愿者和中小学劳动课采购单位。
三、推广方式
（一）线上：在主流电商平台开设旗舰店，联合园艺博主开展浇水小技巧短视频推广。
（二）线下：参加春季花木博览会，向学校和社区赠送试用品200只。
四、预算：全年推广费用控制在46万元以内。
绿野园林工具有限公司市场部
2025年2月24日
""",
    ),
    dict(
        slug="lawfirm-hengzhi-can-spout-injury-lecture",
        site="恒直律师事务所 (invented)",
        style="律所网站",
        genre="讲稿",
        kind="other",
        form="text",
        source="https://www.hengzhilaw.cn/jiangtang/2025/0709.html",
        title="一把洒水壶划伤孩子，商家要不要担责？",
        record_title="律所讲堂丨一把洒水壶划伤孩子，商家要不要担责？",
        date=None,
        notes="law firm page: consult float and 24-hour line as chrome; a disclaimer; legal articles quoted; no date",
        page="""
!m 恒直律师事务所　专业·诚信·高效
!m 首页 › 律所讲堂 › 产品责任
!t 律所讲堂丨一把洒水壶划伤孩子，商家要不要担责？
!m 主讲：王一鸣 律师　阅读量：891
{BODY}
!w 免费法律咨询，24小时热线：400-110-6632
!a 在线留言　预约律师
!d 本文仅为普法之用，不构成对具体案件的法律意见。
""",
        body="""
去年夏天，一位家长在超市买了一把儿童塑料洒水壶，孩子玩耍时被壶嘴边缘的毛刺划伤手指，缝了三针。家长找商家索赔，商家说是孩子自己不小心。
根据民法典的规定，因产品存在缺陷造成他人损害的，被侵权人可以向产品的生产者请求赔偿，也可以向产品的销售者请求赔偿。
本案中，儿童用品边缘存在锐利毛刺，不符合相关安全标准，属于产品缺陷。家长可以直接要求超市赔偿医疗费、交通费等损失，超市赔偿后可以再向厂家追偿。
建议家长保留购物小票、产品实物和就诊记录，这些都是维权的关键证据。
""",
    ),
    dict(
        slug="exam-bochuan-parks-centre-interview-notice",
        site="铍川县人事考试网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="html",
        source="http://rsks.bochuan.gov.cn/ksxx/2025/0612_331.html",
        title="铍川县园林绿化服务中心2025年公开招聘编外人员面试及实操考核公告",
        record_title="【考务公告】铍川县园林绿化服务中心2025年公开招聘编外人员面试及实操考核公告",
        date="2025-06-12",
        notes="personnel-exam site with a maintenance banner; interview schedule table; the exam office's 咨询电话 beside the site's technical line; 下载/打印 面试通知书 as content",
        page="""
<html><head><meta charset="utf-8"><title>【考务公告】铍川县园林绿化服务中心2025年公开招聘编外人员面试及实操考核公告</title></head>
<body>
<div class="notice-bar">⟦d 系统将于本周六22:00至次日6:00停机维护，请合理安排报名时间。⟧</div>
<div class="hd">⟦m 铍川县人事考试网⟧</div>
<div class="nav">⟦m 首页 | 考试公告 | 成绩查询 | 准考证打印 | 政策咨询⟧</div>
<h2>⟦t 【考务公告】铍川县园林绿化服务中心2025年公开招聘编外人员面试及实操考核公告⟧</h2>
<p class="meta">⟦m 发布日期：2025-06-12　来源：县人社局⟧</p>
{BODY}
<div class="ft">⟦m 网站技术支持：0871-61220915（仅限系统故障）⟧　⟦m 铍川县人力资源和社会保障局 主办⟧</div>
</body></html>
""",
        body="""
根据招聘公告，现将面试及实操考核有关事项公告如下：
一、考核安排
项目　时间　地点
结构化面试　6月21日8:30　县人社局四楼考场
实操考核　6月21日14:00　城东苗圃
二、实操考核内容为苗木修剪、洒水壶及喷灌设备的规范使用、病虫害识别，满分100分。
三、请考生于6月18日起登录本网下载并打印面试通知书，凭通知书和身份证参加考核。
咨询电话：0871-61226302（县园林绿化服务中心）
铍川县人力资源和社会保障局
2025年6月12日
""",
    ),
    dict(
        slug="gkforum-shenlun-watering-can-drip-junk",
        site="上岸公考论坛 (invented)",
        style="公考论坛",
        genre="申论范文",
        kind="other",
        form="text",
        source="https://bbs.shangan-gk.com/thread-90117-1-1.html",
        title="从“洒水壶”到“滴灌带”：基层治理要精准",
        record_title="[申论范文] 从“洒水壶”到“滴灌带”：基层治理要精准 - 申论交流 - 上岸公考论坛",
        date=None,
        notes="exam forum post with junk lines and junk glued after sentences; a coaching QQ line inside the body; no date",
        page="""
!m 上岸公考论坛 › 申论交流 › 范文展示
!t [申论范文] 从“洒水壶”到“滴灌带”：基层治理要精准
!m 楼主：锸川备考人　发表于 3 天前　|　查看：4087　回复：52
{BODY}
!l 回复　引用　点评
!l 2#　一起上岸吧：立意很好，结尾可以再升华一下
!a 回复本帖可查看作者批改要点
!m 上岸公考论坛 - 一起上岸
""",
        junk=dict(lines=2, glued=2),
        body="""
浇花用洒水壶，水洒了一大片，真正落到根上的却不多；农田里用滴灌带，一滴一滴送到根部，省水又增产。
基层治理也是如此。有的地方搞政策“大水漫灌”，资金撒得很开，群众却感受不深。
⟦w 申论一对一批改，加QQ：2283119056⟧
精准治理，就是要摸清每家每户的真实需求，把有限的资源用在最需要的地方。
从“洒水壶”到“滴灌带”，变的是方法，不变的是为民初心。
""",
    ),
    dict(
        slug="docshare-watering-can-cluster-survey-markers",
        site="文档共享网 (invented)",
        style="文档分享",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://www.wdgx.net/doc/550821903.html",
        title="关于锛溪市塑料园艺工具产业集群发展情况的调研报告",
        record_title="关于锛溪市塑料园艺工具产业集群发展情况的调研报告.pdf",
        date=None,
        notes="document-sharing page, page markers ⟗n⟗ glued or not; data table; uploader stamp no date; no date in the document",
        page="""
!m 文档共享网 wdgx.net
{T}
!m 上传者：园艺观察　上传于：2025-05-08　格式：PDF　页数：5
!d 本文档由用户上传分享，仅供学习交流，如涉侵权请联系删除。
{BODY}
!a 剩余3页未读，点击下载阅读全文
!l 相关推荐：园林机械行业发展报告　日用塑料制品市场分析
""",
        pages=dict(fmt="⟗{n}⟗", every=130, start=2, glue="mix"),
        body="""
为掌握我市塑料园艺工具产业发展现状，市工信局组织调研组，走访了全市12家骨干企业，现将调研情况报告如下。
一、基本情况。全市共有塑料园艺工具生产企业58家，主要产品为洒水壶、花盆、喷雾器等，2024年产值达14.6亿元。
主要产品产量如下：
产品　产量（万只）　出口占比
洒水壶　620　52%
花盆　1840　38%
二、存在的问题。一是产品同质化严重，低价竞争突出；二是自主设计能力弱，多数企业依靠来样加工。
三、对策建议。建议设立园艺工具设计中心，支持企业创建自主品牌，引导企业向高端园艺用品延伸。
""",
    ),
]
