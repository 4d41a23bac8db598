"""holdout260, part B: 博客, 公众号镜像, 文档分享, 教育门户, 企业内网. Invented text."""

CASES = [
    dict(
        slug="blog-dengxia-memoir-oil-lamp-html",
        site="灯下漫笔 (invented blog)",
        style="博客",
        genre="回忆散文",
        kind="other",
        form="html",
        source="https://dengxiamanbi.blog.net/2024/02/youdeng.html",
        title="母亲的那盏油灯",
        record_title="【旧事】母亲的那盏油灯 | 灯下漫笔",
        date=None,
        notes="blog with calendar widget, archive and comment form; memoir without a date; 写于 line with a year only",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>【旧事】母亲的那盏油灯 | 灯下漫笔</title><script src="/wp-includes/js/wp-emoji.js"></script></head><body>
<header><h2>⟦m 灯下漫笔 — 一个老教师的自留地⟧</h2><nav>⟦m 首页 随笔 旧事 读书 关于我⟧</nav></header>
<article><h1>{T}</h1><div class="meta">⟦m 分类：旧事　｜　阅读 228　｜　评论 5⟧</div>
{BODY}
</article>
<aside><h3>⟦l 文章归档⟧</h3><ul><li>⟦l 二〇二四年二月 (4)⟧</li><li>⟦l 二〇二四年一月 (7)⟧</li></ul><div>⟦l 日历挂件：日 一 二 三 四 五 六⟧</div></aside>
<div class="comment">⟦l 发表评论　昵称（必填）　邮箱（不公开）　提交⟧</div>
<footer>⟦d 本博客文字为博主原创，转载请告知⟧</footer></body></html>
""",
        body="""
小时候家里没通电，堂屋的桌子上总放着一盏油灯。灯是粗陶的，灯芯用棉线搓成，母亲每晚添一小勺菜籽油。
我和弟弟在灯下写作业，母亲在灯下纳鞋底。灯光昏黄，她常常把灯芯往上挑一挑，说：“亮一点，别把眼睛看坏了。”
后来村里通了电，那盏油灯被收进了柜子。去年整理老屋，我又找到了它，灯盏里还留着一圈黑色的油垢。我把它擦干净，摆在了书房的窗台上。
写于二〇二四年早春
""",
    ),
    dict(
        slug="blog-qixing-insight-reflective-text-wrapped",
        site="骑行小记 (invented blog)",
        style="博客",
        genre="心得体会",
        kind="other",
        form="text",
        source="http://qixingxiaoji.blog.cc/post/318",
        title="夜骑三年，反光贴救过我两次",
        record_title="夜骑三年，反光贴救过我两次 - 骑行小记 - 个人博客",
        date="2024-10-09",
        notes="hard-wrapped at 58 columns; bracketed post time as the page's date; tag line and comment count",
        page="""
!m 骑行小记 ｜ 一个上班族的骑车日志
{T}
!m 〔2024-10-09 22:31〕 分类：夜骑
{BODY}
!l 标签：夜骑 / 安全 / 装备
!l 评论（12）　↑ 回到顶部
!m 骑行小记 © 2019-2024 · 由 Typecho 驱动
""",
        wrap=58,
        body="""
我每天下班骑车回家，有四公里要走没有路灯的县道。三年前买车时，店主送了一卷反光贴，我贴在了车架、脚蹬和头盔后面。
第一次是在雨夜，一辆面包车在我身后急刹，司机下来说，多亏看见车屁股上一闪一闪的，不然就撞上了。第二次是在隧道口，对面来车的灯一照，我身上的反光条亮得像一条线。
反光贴不贵，一卷十几块钱。夜里骑车的朋友，真的别省这点钱。
""",
    ),
    dict(
        slug="wechat-jiaoguan-notice-mudguard-html",
        site="澯水交警 公众号镜像 (invented)",
        style="公众号镜像",
        genre="提示",
        kind="notice",
        form="html",
        source="https://mp.jingxiang.cc/s/canshui-jj-20241102",
        title="雨季骑行，这块挡泥板别拆！",
        record_title=None,
        date="2024-11-02",
        notes="missing record title: the h1; account line date; star prompt glued before the first line; 在看 row",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>澯水交警</title><script src="//res.wx.mirror.cc/open/js/jweixin.js"></script></head><body>
<div class="mirror-bar">⟦d 本页为公众号文章存档，原文以作者发布为准⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 原创 澯水交警 澯水县公安局交通警察大队 2024年11月02日 19:30 江西⟧</div>
<div id="js_content">
{BODY}
</div>
<div class="foot">⟦l 阅读 2318　　赞 46　　推荐给朋友⟧</div>
<div>⟦l 合集 #雨天出行 11个⟧</div>
<div>⟦a 长按识别二维码，把交警装进口袋⟧</div>
<script>var ct="1730547000";</script></body></html>
""",
        p_html='<section><p><span style="font-size:15px">{}</span></p></section>',
        body="""
⟦a 点上方蓝字，设为星标不迷路⟧近期不少骑手为了“好看”，把电动车后挡泥板拆掉了。
交警提醒：挡泥板不只是挡泥，它还挡住了后轮甩起的石子和积水。拆掉以后，雨天后背全是泥点，后面车辆的挡风玻璃也可能被溅花，视线受影响。
另外，多数电动车的后反光器就装在挡泥板末端，拆了挡泥板，夜间车尾就少了一道“警示灯”。
请大家把拆掉的挡泥板装回去。有疑问可拨打大队咨询电话0796-5821122。
""",
    ),
    dict(
        slug="wechat-xiaoxue-letter-team-flag-text",
        site="琠城实验小学 公众号镜像 (invented)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://weixin.mirror-hub.com/a/tcsyxx_20240903",
        title="致全体家长：一起为班级设计队旗",
        record_title="致全体家长：一起为班级设计队旗 | 琠城实验小学 - 公众号文章存档",
        date="2024-09-02",
        date_also=["2024-09-03"],
        notes="text; letter's date under signature differs from the account date; scan-to-submit sentence as content",
        page="""
!m 琠城实验小学
!m 琠城实验小学 2024-09-03 07:50
{T}
!a 轻触上方名片，关注我们
{BODY}
!l 往期回顾：开学第一课｜新生入校指南
!l 阅读原文　写留言
!d 此文章由镜像站自动存档，如有侵权联系删除
""",
        body="""
亲爱的家长朋友们：
新学期，学校将举行首届“班级队旗设计赛”。每个班级的队旗将在运动会入场式上亮相，也会挂在教室门口。
欢迎家长和孩子一起动手，画出您心中的班级队旗。作品请用A4纸绘制，写明班级和设计理念，9月20日前交给班主任，也可以扫码上传作品照片。
我们将评出十面优秀队旗，由学校统一制作成旗。期待您的参与！
琠城实验小学少先大队
2024年9月2日
""",
    ),
    dict(
        slug="docshare-wenfang-rules-bike-basket-html",
        site="文坊共享 (invented)",
        style="文档分享",
        genre="制度",
        kind="regulation",
        form="html",
        source="https://www.wenfanggx.com/doc/88301726.html",
        title="公共自行车车筐维修管理规程",
        record_title="公共自行车车筐维修管理规程.docx",
        date=None,
        notes="file-name title; 第N条 articles speaking of 扫码/打印; rating row; upload box; no date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>公共自行车车筐维修管理规程.docx-文坊共享</title><script src="/js/reader.js"></script></head><body>
<div class="top">⟦m 文坊共享 — 每一份文档都有用⟧ ⟦a 上传文档赚积分⟧</div>
<div class="crumb">⟦m 文坊共享 › 管理制度 › 运营维护⟧</div>
<h1>{T}</h1>
<div class="info">⟦m ★★★★☆ 4.3分 ｜ 91人评价 ｜ 更新于 2025-02-11⟧</div>
<div class="reader">
{BODY}
</div>
<div class="dl">⟦a 下载本文档（需8积分）⟧</div>
<div class="notice">⟦d 本文档由文坊用户上传，仅供交流学习，侵权请联系客服删除⟧</div>
<aside>⟦l 相关推荐：自行车租赁管理办法 · 车辆维修台账模板⟧</aside>
<footer>⟦m 文坊共享 浙ICP备22031947号⟧</footer></body></html>
""",
        body="""
第一条　为规范公共自行车车筐的日常维修，保障市民用车安全，制定本规程。
第二条　维修人员巡检时，应逐辆检查车筐焊点、固定螺栓和筐体变形情况。
第三条　发现车筐损坏的，应当扫描车身二维码登记故障，并在车筐上挂“待修”牌。
第四条　更换下来的旧车筐统一回收，不得随意丢弃。
第五条　每月末由站点负责人打印维修台账，签字后交运营中心存档。
第六条　本规程自印发之日起施行。
""",
    ),
    dict(
        slug="docshare-sizhan-speech-reflective-text-markers",
        site="思展文档网 (invented)",
        style="文档分享",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://sizhandoc.com/s/3390117",
        title="在全市“亮尾行动”反光贴推广现场会上的讲话",
        record_title="在全市“亮尾行动”反光贴推广现场会上的讲话.wps",
        date="2024-12-03",
        notes="file-name title (.wps); page markers on lines of their own cut sentences; date under the title; speaker line neutral",
        page="""
!m 思展文档网 sizhandoc.com
{T}
!m 文件大小：86KB　格式：WPS　共3页
市公安局副局长　岑立松
（2024年12月3日）
{BODY}
!a 全文阅读已结束，下载本文档可编辑修改
!d 资料均由网友分享，若侵权请发邮件至本站处理
""",
        indent="\u3000\u3000",
        pages=dict(fmt="─ 第{n}张 ─", every=110, start=2),
        body="""
同志们：
今天我们在鄳口镇召开“亮尾行动”推广现场会，主要是总结推广反光贴粘贴的经验做法。
刚才大家看了鄳口镇的现场，一个镇两个月给四千多辆农用三轮车贴上了反光贴，夜间追尾事故比去年同期下降了一半以上。
下面我讲两点意见。第一，各区县要在年底前把辖区内农用车、三轮车全部排查一遍，做到应贴尽贴。第二，交警、农业农村部门要加强宣传，让群众知道反光贴能保命。
谢谢大家。
""",
    ),
    dict(
        slug="edu-jiaoyu-notice-team-flag-html",
        site="澯水县教育体育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jtj.canshui.gov.cn/tzgg/2025/0310/1182.html",
        title="关于举办全县中小学生运动会队旗评比的通知",
        record_title="关于举办全县中小学生运动会队旗评比的通知 - 通知公告 - 澯水县教育体育局",
        date="2025-03-07",
        date_also=["2025-03-10"],
        notes="education portal; document date differs from posting; data table; 附件 list; contact next to a technical line",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于举办全县中小学生运动会队旗评比的通知 - 通知公告 - 澯水县教育体育局</title><script src="/js/common.js"></script></head><body>
<div class="head">⟦m 澯水县教育体育局⟧ ⟦a 读屏专用 ｜ 高对比度⟧</div>
<nav>⟦m 首页 机构设置 教育动态 通知公告 招生考试⟧</nav>
<div class="pos">⟦m 位置：首页 ⇀ 通知公告⟧</div>
<h2>{T}</h2>
<div class="src">⟦m 发布日期：2025-03-10　来源：体卫艺股　点击数：812⟧</div>
{BODY}
<div class="qr">⟦a 用手机扫一扫，在手机上继续阅读⟧</div>
<div class="foot">⟦m 网站技术支持：澯水数联科技 0796-5330098⟧ ⟦m 赣ICP备11002287号-1⟧</div>
</body></html>
""",
        body="""
各中小学校：
为展示各校体育特色，县第十二届中小学生运动会将举行代表队队旗评比。现将有关事项通知如下。
一、评比分组
组别　参赛单位　评选名额
小学组　38所　6面
中学组　14所　3面
二、作品要求：队旗尺寸为96厘米×144厘米，须含校名和校徽，图案由师生自行设计。
三、请于4月15日前将队旗实物送县体育场器材室。
附件：1.队旗评比报名表　2.评分细则
联系人：体卫艺股蔡宛晴，电话0796-5331427。
澯水县教育体育局
2025年3月7日
""",
    ),
    dict(
        slug="edu-xuexiao-plan-mudguard-text",
        site="湭阳镇中心学校 (invented)",
        style="教育门户",
        genre="方案",
        kind="plan",
        form="text",
        source="http://www.qyzx.edu.cn/xiaoyuan/anquan/2024/0905.html",
        title="湭阳镇中心学校学生自行车安全检查方案",
        record_title="【校园安全】湭阳镇中心学校学生自行车安全检查方案",
        date="2024-09-05",
        notes="text; numbered list; decimal headings; date under signature",
        page="""
!m 湭阳镇中心学校 · 校园网
!m 当前：首页 » 校园安全 » 安全教育
{T}
!m 编辑：校办　审核：政教处　浏览次数：260
{BODY}
!a [打印] [关闭]
!m 学校地址：湭阳镇学府路2号　邮编：331509
""",
        indent="\u3000\u3000",
        body="""
为保障骑车上学学生的交通安全，学校决定在本学期开展学生自行车安全检查。具体方案如下。
1.1 检查对象：全校骑自行车上学的学生，共计214人。
1.2 检查内容：车闸、车铃、前后挡泥板和车尾反光器。
2.1 检查方法：班主任组织学生自查，政教处每周抽查一次。
2.2 整改要求：挡泥板缺失或松动的，须在一周内装好；车闸失灵的，暂停骑车上学。
3.1 各班检查结果请于9月20日前报政教处。
湭阳镇中心学校政教处
2024年9月5日
""",
    ),
    dict(
        slug="oa-qiche-minutes-mudguard-html",
        site="琠城辰骏车业OA (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://oa.chenjun-bike.com/doc/view?id=20240726-031",
        title="挡泥板异响质量问题专题会议纪要",
        record_title="[纪要] 挡泥板异响质量问题专题会议纪要 - 辰骏协同办公",
        date="2024-07-26",
        notes="OA document view with 流转记录 and read count; 时间/地点/主持/参会/记录 lines; minutes date from 时间 line",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>[纪要] 挡泥板异响质量问题专题会议纪要 - 辰骏协同办公</title><script src="/oa/js/flow.js"></script></head><body>
<div class="top">⟦m 辰骏协同办公平台⟧ ⟦m 当前用户：质量部 倪书航⟧ ⟦a 退出系统⟧</div>
<div class="menu">⟦m 待办事宜 已办事宜 公文查阅 通讯录⟧</div>
<h2>{T}</h2>
{BODY}
<div class="flow">⟦m 流转记录：质量部起草 → 生产副总审阅 → 分发各车间⟧</div>
<div class="read">⟦m 已阅 37 人　未阅 5 人⟧</div>
<div>⟦a 导出正文 ｜ 转发同事 ｜ 加入督办⟧</div>
<footer>⟦d 内部资料，严禁外传⟧</footer></body></html>
""",
        body="""
时间：2024年7月26日下午
地点：公司二楼会议室
主持：副总经理 邵启东
参会：质量部、总装车间、采购部负责人
记录：倪书航
会议听取了质量部关于城市通勤车型后挡泥板异响问题的分析。经拆检，异响来自挡泥板支架与车架之间的间隙，主要是供应商更换了支架材料。
会议决定：一、采购部本周内约谈供应商，恢复原材料；二、总装车间在支架处加装橡胶垫片；三、已出厂车辆由售后部门联系经销商免费处理。
""",
    ),
    dict(
        slug="oa-jituan-report-reflective-text",
        site="醽川交运集团内网 (invented)",
        style="企业内网",
        genre="述职报告",
        kind="report",
        form="text",
        source="http://intra.lcjy.com/portal/doc/3317",
        title="2024年度安全科科长述职报告",
        record_title="2024年度安全科科长述职报告",
        date="2025-01-10",
        notes="record title as is; intranet page; 成文日期 under signature; read count and export chrome",
        page="""
!m 醽川交运集团 · 内部门户
!m 公文查阅 ＞ 述职材料
{T}
!m 起草人：段承志　部门：安全科　阅读：88
{BODY}
!a 〖导出PDF〗〖发送至邮箱〗
!d 本页内容仅限集团内部人员查阅
""",
        body="""
各位领导、同事：
2024年，我带领安全科主要做了三件事。一是全年组织营运车辆安全检查十二次，整改隐患一百四十余项；二是为全部296辆客车和货车车尾加贴了反光贴，补齐了老旧车辆的反光标识；三是开展驾驶员夜间行车培训六期。
不足之处是部分车辆反光贴脱落后没有及时补贴。明年我将建立反光标识月检制度，确保车辆夜间行车安全。
述职人：段承志
2025年1月10日
""",
    ),
]
