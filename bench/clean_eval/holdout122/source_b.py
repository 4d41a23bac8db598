"""holdout122, part B: a blog, WeChat mirrors, sharing pages, education portals, intranets and
Q&A. Invented organisations: a persimmon-drying village, a lacquerware workshop, a myopia
programme, a garlic market, an inkstone factory, a tai-chi club, a parking company.
Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="blog-text-persimmon-drying-diary",
        site="柿乡闲记 (invented)",
        style="博客",
        genre="心得体会",
        kind="insight",
        form="text",
        source="http://shixiangxianji.example.blog.cn/article/20241116.html",
        title="晒柿饼的第十个秋天",
        record_title="晒柿饼的第十个秋天 - 柿乡闲记 - 博客频道",
        date="2024-11-16",
        notes="text blog; post line; tags and prev/next; a reprint notice; a 'like' bar glued after a sentence",
        page="""
!m 柿乡闲记 — 记录玢岭山里的日子
!m 首页 | 随笔 | 相册 | 留言板
{T}
!m 发表于 2024年11月16日 19:52 | 阅读 276 | 评论 3
{BODY}
!l 标签：柿饼　农家　玢岭
!l « 上一篇：山里的第一场霜　|　下一篇：腊月熏肉记 »
!d 原创文字，转载须经博主同意。
""",
        body="""
今年是我回玢岭老家晒柿饼的第十个秋天。
霜降前后，火晶柿子由青转红，父亲带着我们上树采摘，一天能摘六七百斤。
削皮、串绳、挂架，再经过二十多天的风吹日晒和三次捏饼，柿子表面才会慢慢出霜。⟦a 点赞 👍 赞赏作者⟧
今年村里成立了柿饼合作社，统一收购、统一包装，每斤比往年多卖了三块钱。
""",
    ),
    dict(
        slug="wechat-mirror-lacquer-workshop-html",
        site="漆语工坊公众号镜像 (invented)",
        style="公众号镜像",
        genre="新闻",
        kind="news",
        form="html",
        source="https://wxmirror.example.com/s/qiyugongfang/2025-08-02-01",
        title="大漆工坊迎来首批研学学生",
        record_title="大漆工坊迎来首批研学学生｜漆语工坊",
        date="2025-08-02",
        notes="WeChat mirror with account line, 阅读原文/在看/点赞 bar, follow prompt, QR prompt; sentence about 关注 kept",
        page="""
<html><head><meta charset="utf-8"><title>大漆工坊迎来首批研学学生｜漆语工坊</title></head><body>
<div class="mirror">⟦m 本页面由公众号文章聚合镜像生成⟧</div>
<h1>⟦t 大漆工坊迎来首批研学学生⟧</h1>
<div class="meta">⟦m 漆语工坊　2025-08-02 18:05　发表于琨山⟧</div>
<div class="top">⟦a 点击上方蓝字“漆语工坊”，关注我们⟧</div>
{BODY}
<div class="end">⟦l 阅读原文　在看 17　点赞 42　分享⟧</div>
<div class="qr">⟦a 长按识别二维码，一起感受大漆之美⟧</div>
<footer>⟦d 文章版权归原公众号所有，镜像仅供存档浏览⟧</footer>
</body></html>
""",
        body="""
8月1日，琨山县大漆工坊迎来首批四十名中学生研学团。
在老师傅的指导下，同学们体验了刷漆、贴蛋壳和打磨等工序，每人完成了一只漆盘。
工坊负责人石秋蓉介绍，一件漆器从制胎到完成往往需要几十道工序，最长要三个月。
下一批研学活动将于8月中旬举行，有意参加的学校可关注工坊公众号，在菜单栏“研学预约”中登记。
""",
    ),
    dict(
        slug="wechat-text-myopia-parents-letter",
        site="琮田教育发布镜像 (invented)",
        style="公众号镜像",
        genre="公开信",
        kind="letter",
        form="text",
        source="http://mp.mirror.example.net/cotian-jy/20250701",
        title="致全县中小学生家长的一封信",
        record_title="暑期护眼｜致全县中小学生家长的一封信",
        date="2025-07-01",
        notes="letter with a 20××-style placeholder-free signature date; mirror chrome; original-article button; a sentence speaking of 扫码 kept",
        page="""
!m 琮田教育发布
!m 2025年07月01日 08:00
!t 暑期护眼｜致全县中小学生家长的一封信
{BODY}
!l ↓↓↓ 往期推荐 ↓↓↓
!l 琮田县2025年中考成绩查询指南
!a 觉得有用，就点个“在看”吧
!m 来源：琮田县教育局　编辑：卢小禾　审核：汤建
""",
        body="""
各位家长朋友：
暑假即将来临，孩子们看电子屏幕的时间往往明显增加，这是近视发生和加深的高发期。
为守护孩子的视力健康，请您做到以下几点：
1. 每天保证孩子户外活动两小时以上；
2. 单次使用电子屏幕不超过二十分钟，每天累计不超过一小时；
3. 读写时保持“一尺一拳一寸”的正确姿势。
家长可扫描学校下发的视力档案二维码，查看孩子近三年的视力筛查结果。
琮田县教育局
2025年7月1日
""",
    ),
    dict(
        slug="docshare-garlic-market-report-wrapped",
        site="共享文档站 (invented)",
        style="文档分享",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://docs.gongxiangzhan.example.com/d/39f0c2a1",
        title="瑗湖县大蒜收储市场调研报告",
        record_title="瑗湖县大蒜收储市场调研报告（精选）",
        date="2025-06-30",
        notes="hard-wrapped at 60 columns; upload notice and rating at top; a data table of prices kept",
        wrap=60,
        page="""
!m 共享文档站 · 文档详情
!t 瑗湖县大蒜收储市场调研报告（精选）
!m 贡献者：aoli2025　上传于：3天前　格式：TXT
!d 本站文档均由用户自行上传，仅供交流学习，不代表本站观点。
{BODY}
!a 下载此文档（需2积分）　|　收藏　|　分享
!l 同类文档推荐：蒜薹冷库管理办法　/　农产品价格监测月报
""",
        body="""
今年5月至6月，县发展改革局对全县大蒜收储市场进行了专题调研，走访收购商二十六户、冷库十四座。
调研显示，今年全县大蒜种植面积十二万亩，比上年增加八千亩，新蒜上市价格比去年同期下降。
主要市场价格情况如下：
品种　5月均价（元/斤）　6月均价（元/斤）
白皮蒜　2.35　2.10
紫皮蒜　2.80　2.55
调研组认为，冷库库容不足和信息不对称是价格波动的重要原因，建议建设县级大蒜价格信息平台。
""",
    ),
    dict(
        slug="docshare-html-inkstone-safety-rules",
        site="墨云分享 (invented)",
        style="文档分享",
        genre="制度",
        kind="plan",
        form="html",
        source="https://www.moyunshare.example.cn/doc/771203.html",
        title="砚川石砚厂粉尘作业安全管理规定",
        record_title="砚川石砚厂粉尘作业安全管理规定.wps",
        date="2025-02-25",
        notes="file-name title; sharing reader; articles speak of 下载 and 打印 kept; signature date",
        page="""
<html><head><meta charset="utf-8"><title>砚川石砚厂粉尘作业安全管理规定.wps-墨云分享</title></head><body>
<div class="bar">⟦m 墨云分享⟧　⟦m 发现好文档⟧　⟦a 上传　登录⟧</div>
<div class="title"><h1>⟦t 砚川石砚厂粉尘作业安全管理规定.wps⟧</h1><span>⟦m 5页　1.2万字　浏览1024⟧</span></div>
<div class="reader">
{BODY}
</div>
<div class="more">⟦a 展开全文 ▼⟧</div>
<div class="btns">⟦a 免费下载　打印　转存到我的网盘⟧</div>
<div class="side"><p>⟦l 热门文档⟧</p><p>⟦l 粉尘防爆安全规程解读⟧</p><p>⟦l 车间6S管理制度⟧</p></div>
<div class="ft">⟦d 墨云分享不对用户上传内容的准确性负责⟧　⟦m 客服邮箱：kefu@moyunshare.example.cn⟧</div>
</body></html>
""",
        body="""
第一条　为预防石砚雕刻打磨作业中的粉尘危害，保障职工身体健康，制定本规定。
第二条　雕刻、打磨车间必须开启湿式作业和除尘设备，作业人员应佩戴防尘口罩。
第三条　安全员每日检查除尘设备运行情况，检查记录每月打印归档。
第四条　职工可在厂内网站下载职业健康体检结果，发现异常应及时向安全科报告。
第五条　本规定自发布之日起执行。
砚川石砚厂
2025年2月25日
""",
    ),
    dict(
        slug="edu-html-myopia-screening-notice",
        site="珣阳区教育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.xunyang.example.gov.cn/tzgg/2025/0903/4471.html",
        title="关于开展2025年秋季学生视力筛查的通知",
        record_title="关于开展2025年秋季学生视力筛查的通知",
        record_date="2025-09-03",
        date="2025-09-03",
        notes="education portal with a 阅读字号 row; document number neutral; contact and e-mail of the notice kept beside the site's phone; attachment list kept",
        page="""
<html><head><meta charset="utf-8"><title>关于开展2025年秋季学生视力筛查的通知-珣阳区教育局</title></head><body>
<div class="banner">⟦m 珣阳区教育局　立德树人　办好人民满意的教育⟧</div>
<div class="menu">⟦m 首页　机构概况　教育动态　通知公告　办事指南⟧</div>
<div class="loc">⟦m 您的位置：首页 > 通知公告⟧</div>
<h3>⟦t 关于开展2025年秋季学生视力筛查的通知⟧</h3>
<div class="info">⟦m 发布日期：2025-09-03　作者：体卫艺科　访问量：658⟧　⟦a 【阅读字号：大 中 小】⟧</div>
<p>珣教体〔2025〕31号</p>
{BODY}
<div class="foot">⟦m 珣阳区教育局办公室　电话：0719-8862001⟧<br>⟦m 鄂ICP备10024557号⟧</div>
</body></html>
""",
        body="""
各中小学、幼儿园：
根据学生近视防控工作安排，区教育局将联合区妇幼保健院开展秋季学生视力筛查。
一、筛查时间为9月15日至10月31日，各校按附件排定的日期组织学生参加。
二、筛查结果录入学生视力健康档案，筛查异常的学生由学校通知家长带孩子到医院复查。
联系人：万佳怡　电话：0719-8862117　邮箱：xytyk@xunyang.example.gov.cn
附件：1.各校筛查日期安排表
2.学生视力筛查告家长书
珣阳区教育局
2025年9月3日
""",
    ),
    dict(
        slug="edu-text-school-taichi-plan",
        site="玙溪县第二中学 (invented)",
        style="教育门户",
        genre="方案",
        kind="plan",
        form="text",
        source="http://www.yxez.example.edu.cn/xwgg/2025/0225/1180.html",
        title="玙溪二中太极拳进校园活动方案",
        record_title="【德育处】玙溪二中太极拳进校园活动方案",
        date="2025-02-25",
        notes="school page; decimal headings 1.1/1.2 kept; site line, related list and copyright",
        page="""
!m 玙溪县第二中学　校园网
!m 当前位置：首页 >> 德育天地 >> 活动方案
!t 【德育处】玙溪二中太极拳进校园活动方案
!m 作者：德育处　时间：2025-02-25　点击：207次
{BODY}
!l 【相关文章】
!l 我校举办第十届体育节
!l 大课间活动安排表（春季）
!m Copyright © 玙溪县第二中学　技术维护：信息中心
""",
        body="""
为弘扬中华优秀传统文化，增强学生体质，学校决定在全校开展太极拳进校园活动。
1.活动安排
1.1 三月份由体育组教师利用体育课教授二十四式太极拳。
1.2 四月份起，每周二、周四大课间全校集体练习。
2.展示评比
五月下旬举行班级太极拳展示，评出一等奖三个、二等奖六个。
玙溪县第二中学德育处
2025年2月25日
""",
    ),
    dict(
        slug="oa-html-parking-company-minutes",
        site="瑶城停车管理公司内网 (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://oa.yaocheng-parking.example.local/doc/view?id=20250311002",
        title="关于智慧停车改造的专题会议纪要",
        record_title=None,
        date="2025-03-11",
        notes="intranet document view with 流转记录 and read counts; minutes' lines kept; title from h2",
        page="""
<html><head><meta charset="utf-8"><title>协同办公平台 - 公文查看</title></head><body>
<div class="oa-top">⟦m 瑶城市停车管理有限公司协同办公平台⟧　⟦m 当前用户：郑思远　退出⟧</div>
<div class="oa-path">⟦m 公文管理 / 收文 / 会议纪要⟧</div>
<h2>关于智慧停车改造的专题会议纪要</h2>
<div class="oa-meta">⟦m 拟稿：综合办 李婉　签发：严志刚　已阅 37 人⟧</div>
{BODY}
<div class="flow"><h4>⟦l 流转记录⟧</h4><p>⟦l 2025-03-12 09:10 综合办 李婉 发起⟧</p><p>⟦l 2025-03-12 10:02 严志刚 已签发⟧</p></div>
<div class="oa-btn">⟦a 打印　导出PDF　返回⟧</div>
<div class="oa-foot">⟦d 内部资料 注意保密⟧</div>
</body></html>
""",
        body="""
时间：2025年3月11日下午
地点：公司三楼会议室
主持：严志刚
参会：各部门负责人，信息部技术人员
会议听取了信息部关于城区路内泊位智慧化改造的汇报。
会议议定：一、年内完成两千个路内泊位的地磁检测器安装；二、上线手机缴费功能，取消人工收费亭；三、改造资金由公司自筹解决。
记录：李婉
""",
    ),
    dict(
        slug="oa-text-inkstone-factory-report",
        site="砚川石砚厂OA (invented)",
        style="企业内网",
        genre="述职报告",
        kind="report",
        form="text",
        source="http://192.168.10.8/oa/gw/2025/0115/r33.html",
        title="2024年度生产科科长述职报告",
        record_title="内网资讯-2024年度生产科科长述职报告",
        date="2025-01-15",
        notes="intranet export; approval trail at the bottom; a read-receipt line; a numbered list kept",
        page="""
!m 砚川石砚厂办公自动化系统
!m 首页 > 内网资讯 > 述职材料
!t 内网资讯-2024年度生产科科长述职报告
!m 发布人：生产科 曹立行　发布时间：2025-01-15 11:30　阅读：58
{BODY}
!l 审批意见：同意在中层述职会上交流。——厂办 2025-01-16
!a 【我已阅读】　【转发】　【打印】
""",
        body="""
一年来，我在厂领导班子的带领下，认真履行生产科长职责，现将工作情况报告如下。
1. 全年完成石砚生产一万三千方，合格率达到百分之九十七，比上年提高两个百分点。
2. 推行雕刻工序计件考核，职工人均收入增长百分之八。
3. 配合安全科完成粉尘治理改造，车间作业环境明显改善。
不足之处是新品开发偏慢，明年要加强与美术院校的合作。
述职人：曹立行
2025年1月15日
""",
    ),
    dict(
        slug="qa-html-parking-fee-answer",
        site="问必答社区 (invented)",
        style="问答社区",
        genre="问答",
        kind="answer",
        form="html",
        source="https://www.wenbida.example.com/q/5520931.html",
        title="小区地面停车位收费标准由谁来定？",
        record_title="小区地面停车位收费标准由谁来定？",
        date="2025-05-06",
        notes="Q&A page; a question as the title; answer with 回答于 byline as date; vote bar and related questions",
        page="""
<html><head><meta charset="utf-8"><title>小区地面停车位收费标准由谁来定？_问必答社区</title></head><body>
<div class="nav">⟦m 问必答社区⟧　⟦m 首页　问题　话题　专栏⟧　⟦a 提问⟧</div>
<h1>⟦t 小区地面停车位收费标准由谁来定？⟧</h1>
<div class="q">⟦m 提问者：匿名用户　2人关注　浏览860⟧</div>
<div class="ans"><div class="who">⟦m 律师 孔令航　回答于 2025-05-06⟧</div>
{BODY}
<div class="vote">⟦l 赞同 56　反对 1　｜　收起⟧</div></div>
<div class="rel"><h4>⟦l 相关问题⟧</h4><p>⟦l 物业可以随意涨停车费吗？⟧</p><p>⟦l 车位租赁合同到期怎么办？⟧</p></div>
<div class="foot">⟦d 回答内容仅代表回答者个人观点，不构成法律意见。⟧</div>
</body></html>
""",
        body="""
要看停车位的性质。
利用业主共有道路或者场地设置的地面车位属于全体业主共有，收费标准应当由业主大会决定或者授权业委会与物业协商确定。
没有成立业主大会的，物业服务企业一般按照当地价格主管部门的规定执行，不能单方面随意调价。
如果对收费有异议，可以先向街道或社区反映，也可以拨打当地12345热线投诉。
""",
    ),
    dict(
        slug="qa-text-taichi-club-answer-signed",
        site="知行问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="answer",
        form="text",
        source="https://zhixingwenda.example.cn/question/221876",
        title="中老年人练太极拳膝盖疼怎么办？",
        record_title=None,
        date=None,
        notes="no record title; question on the page; relative time only (no date); answer signed; vote bar",
        page="""
!m 知行问答 › 健康 › 运动健身
中老年人练太极拳膝盖疼怎么办？
!m 12个回答　默认排序
!m 瑾园太极拳社 鲍教练　　2天前
{BODY}
!l ▲ 赞同 118　　💬 21 条评论　　分享　　收藏
!l 查看全部 12 个回答
!w 想系统学习太极拳？私信我获取入门课程
""",
        body="""
我带了十多年中老年学员，膝盖疼大多是动作问题。
第一，屈膝时膝盖不要超过脚尖，重心要坐在胯上，不能压在膝盖上。
第二，架子不要练得太低，初学者先练高架，等腿部力量上来了再慢慢降低。
第三，练拳前做五分钟热身，练完拍打放松腿部肌肉。
如果疼痛持续一周以上，建议到医院骨科检查。
""",
    ),
]
