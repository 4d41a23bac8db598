"""holdout69, part A: rock-climbing gyms, crags and climbing clubs. Invented text; see ../README.md."""

CASES = [
    dict(
        slug="sports-kaixi-crag-closure-portal",
        site="锴溪县人民政府 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.kaixi.example.gov.cn/zwgk/tzgg/202504/t20250411_77821.html",
        title="关于暂停开放青崖岭天然岩场的通告",
        record_title="关于暂停开放青崖岭天然岩场的通告_锴溪县人民政府",
        date="2025-04-11",
        notes="county portal with index table, elder-mode row and footer; 成文日期 under the signature; the bureau's 咨询电话 kept beside the portal's service line",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于暂停开放青崖岭天然岩场的通告_锴溪县人民政府</title>
<script>var _hm=_hm||[];</script></head><body>
<div class="top"><span>⟦m 锴溪县人民政府　欢迎您⟧</span><a>⟦a 适老模式⟧</a><a>⟦a 读屏专用⟧</a><a>⟦a 繁體⟧</a></div>
<div class="nav"><a>⟦m 首页⟧</a><a>⟦m 政务公开⟧</a><a>⟦m 办事服务⟧</a><a>⟦m 互动交流⟧</a></div>
<div class="crumb">⟦m 您现在所处位置：首页 ＞ 政务公开 ＞ 通知公告⟧</div>
<table class="idx"><tr><td>⟦m 索引号：11330927MB0431-07-2025-0093⟧</td><td>⟦m 发文机关：锴溪县文化和广电旅游体育局⟧</td></tr>
<tr><td>⟦m 主题分类：体育⟧</td><td>⟦m 公开方式：主动公开⟧</td></tr></table>
<h1>{T}</h1>
<div class="zoom">⟦a 【字号 大 中 小】⟧ ⟦a 【关闭本页】⟧</div>
<div class="article">
{BODY}
</div>
<div class="share">⟦l 分享到：微博 微信 QQ空间⟧</div>
<div class="rel"><h3>⟦l 相关文件⟧</h3><ul><li>⟦l 锴溪县全民健身场地设施开放名录⟧</li><li>⟦l 关于做好汛期户外运动安全提示的通知⟧</li></ul></div>
<div class="foot">⟦m 主办：锴溪县人民政府办公室　政府服务热线：12345⟧<br>⟦m 浙ICP备05031876号　网站标识码3309270017⟧</div>
</body></html>
""",
        body="""
近期我县持续降雨，青崖岭天然岩场西侧岩壁出现松动落石，部分挂片锈蚀严重，存在较大安全隐患。
为保障攀岩爱好者生命安全，经研究决定，自2025年4月12日起暂停开放青崖岭天然岩场，恢复开放时间另行通告。
暂停开放期间，请勿翻越围挡进入岩场攀爬，已预约的团体活动可改至县全民健身中心室内岩壁进行。
如有疑问，请咨询县文化和广电旅游体育局群体科，咨询电话：0571-6882 3145。
锴溪县文化和广电旅游体育局
2025年4月11日
""",
    ),
    dict(
        slug="fanwen-gym-safety-rules-three-articles",
        site="范本屋 (invented)",
        style="范文站",
        genre="制度",
        kind="rule",
        form="text",
        source="https://www.fanbenwu.example.com/zhidu/anquan/55310.html",
        title="攀岩馆安全管理制度",
        record_title="攀岩馆安全管理制度（精选3篇）",
        date=None,
        notes="a decorated 精选 title; rules whose articles speak of 扫码签到 and 打印; no date; writing-service prompt glued after a sentence; a member prompt between articles",
        page="""
!m 范本屋 — 好范本 一搜就有
!m 位置：范本屋 » 规章制度 » 安全制度
{T}
!m 更新：2024-09-30　阅读：2,117
!a 全文复制需登录，新用户注册送3天会员
{BODY}
!l 上一篇：游泳馆开放管理规定
!l 下一篇：健身房会员须知范本
!l 热门：安全生产责任书　消防演练方案　场馆应急预案
!d 范本屋所载文章均为学习交流用途，不代表本站观点。
""",
        body="""
第一条　为规范攀岩馆运营，防止坠落、碰撞等事故发生，制定本制度。
第二条　顾客首次入馆须扫码签到，观看安全须知视频，并签署风险告知书。⟦w 需要定制各类制度请联系编辑微信 fbw_2288⟧
⟦a 开通会员，本文档可一键导出⟧
第三条　攀爬前由保护员检查安全带、绳结和铁锁，未经检查不得离地。
第四条　馆内安全检查表每日打印一份，由值班教练签字后存档备查。
第五条　本制度自发布之日起施行。
""",
    ),
    dict(
        slug="wenku-referee-training-speech-markers",
        site="岩页文库 (invented)",
        style="文库预览",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://wk.yanye.example.net/p/7730215.html",
        title="在全市攀岩裁判员培训班开班式上的讲话",
        record_title="在全市攀岩裁判员培训班开班式上的讲话 - 岩页文库",
        date="2025-03-08",
        notes="a speech with its date under the title and the speaker line neutral; page markers 〔P2〕 cut sentences; preview-end prompt",
        pages=dict(fmt="〔P{n}〕", every=70, start=2),
        page="""
!m 岩页文库
!m 文档分类：体育运动 / 讲话致辞
!t 在全市攀岩裁判员培训班开班式上的讲话 - 岩页文库
!m 页数：4　大小：38KB　贡献者 yy_4417
市体育总会副主席　顾立衡
（2025年3月8日）
{BODY}
!a 预览已到末页，购买后可阅读余下内容
!a ￥4.90 立即购买
!l 猜你需要：攀岩比赛秩序册　裁判员考核办法
""",
        body="""
同志们：
今天，全市攀岩裁判员培训班正式开班，来自各区县的四十二名学员参加培训。
近年来，我市攀岩运动发展很快，全年举办各类赛事十余场，但裁判员数量不足、执裁尺度不一的问题依然存在。
希望大家认真学习难度、速度、攀石三个项目的规则，在模拟执裁中多练多问，确保学有所成。
最后，预祝培训班取得圆满成功！
""",
    ),
    dict(
        slug="news-zhuyuan-bouldering-invitational",
        site="钤城新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.qiancheng.example.cn/ty/2025-05/18/content_331945.htm",
        title="钤城首届攀石邀请赛在竹苑公园落幕",
        record_title=None,
        date="2025-05-18",
        notes="no record title (found in h1); byline date; photo caption between paragraphs; editor line glued after the last paragraph",
        page="""
<html><head><meta charset="utf-8"><title>钤城首届攀石邀请赛在竹苑公园落幕-钤城新闻网</title></head><body>
<header><div class="logo">⟦m 钤城新闻网⟧</div><nav>⟦m 要闻　本地　体育　文旅　视频⟧</nav></header>
<div class="loc">⟦m 当前：钤城新闻网 > 体育⟧</div>
<article><h1>钤城首届攀石邀请赛在竹苑公园落幕</h1>
<div class="byline">⟦m 2025-05-18 19:42　来源：钤城日报　记者 祁岚⟧</div>
{BODY}
</article>
<aside><h4>⟦l 24小时热读⟧</h4><ol><li>⟦l 钤城地铁2号线三站完成装修⟧</li><li>⟦l 夏季用电高峰将至⟧</li></ol></aside>
<footer>⟦d 本网稿件未经授权不得转载，违者追究法律责任。⟧<br>⟦m 新闻热线：0573-8801 6600⟧</footer>
</body></html>
""",
        body="""
5月18日，钤城首届攀石邀请赛在竹苑公园户外攀石场落下帷幕，来自省内外的一百零六名选手参加比赛。
⟦m （图为男子组决赛现场。摄影 祁岚）⟧
本次比赛设男子组、女子组和青少年组，定线员为比赛专门设计了二十四条线路。
经过一天角逐，本地选手周沐阳获得男子组冠军。⟦m （责任编辑：柴文）⟧
""",
    ),
    dict(
        slug="forum-crag-ethics-initiative-junk",
        site="岩友之家论坛 (invented)",
        style="论坛",
        genre="倡议书",
        kind="letter",
        form="text",
        source="https://bbs.yanyouzhijia.example.com/thread-90412-1-1.html",
        title="文明野攀倡议书",
        record_title="[转帖] 文明野攀倡议书 - 户外岩场版 - 岩友之家",
        date="2025-06-02",
        date_also=["2025-06-05"],
        notes="forum junk as lines and glued; post time differs from the signature date (document date expected)",
        junk=dict(lines=1, glued=2),
        page="""
!m 岩友之家论坛 › 户外岩场版 › 正文
!l 发新帖　回复
!m 楼主：崖边听风　发表于 2025-6-5 21:07　只看该作者
{T}
{BODY}
!l 支持(16)　反对(0)　收藏
!m 本帖最后由 崖边听风 于 2025-6-5 21:15 编辑
!l 沙发　岩壁小白：已转给俱乐部群了
!a 回复后可见附件下载地址
""",
        body="""
各位岩友：
近年来到野外岩场攀爬的人越来越多，随手丢弃垃圾、在岩壁上乱刻乱画、私自打挂片的现象时有发生。
为此我们倡议：带走自己产生的每一片垃圾，不在岩壁上留下任何刻痕和涂鸦。
新开线路须征得岩场管理方同意，不得擅自钻孔打挂片。停车不占用村民道路，尊重当地习俗。
铎山攀岩协会
2025年6月2日
""",
    ),
    dict(
        slug="blog-coach-fear-falling-relative-time",
        site="岩上走笔 (invented blog)",
        style="博客",
        genre="随笔",
        kind="essay",
        form="text",
        source="https://yanshangzoubi.example.blog/2025/07/fear-of-falling.html",
        title="教学员学会“放心坠落”",
        record_title="【教学手记】教学员学会“放心坠落” | 岩上走笔",
        date=None,
        notes="a coach's essay; only a relative time (3小时前) and a year in the tag; no date",
        page="""
!m 岩上走笔 · 一个攀岩教练的日常
!m 首页 / 教学手记 / 归档
!t 【教学手记】教学员学会“放心坠落” | 岩上走笔
!m 3小时前　·　阅读 388
{BODY}
!l 标签：2025　顶绳　先锋　恐高
!l 留言（5）　写下你的想法…
!l « 上一篇 新馆开张第一周　|　下一篇 » 如何挑第一双攀岩鞋
""",
        body="""
很多学员爬到半墙就不敢往上，原因不是体力，而是怕掉下来。
我的办法是先在离地一米的地方反复练习松手坠落，让身体熟悉绳子拉住自己的感觉。
等到心里踏实了，再慢慢加高，三四节课后大多数人都能爬到顶。
害怕并不丢人，学会和害怕相处，才是攀岩教给我们的第一课。
""",
    ),
    dict(
        slug="mirror-club-youth-camp-contact",
        site="石壁攀登俱乐部 (invented account)",
        style="公众号镜像",
        genre="通知",
        kind="notice",
        form="html",
        source="https://mp.mirror-read.example.com/s/Jk3vQm0pYc",
        title="2025年暑期青少年攀岩训练营招生通知",
        record_title="2025年暑期青少年攀岩训练营招生通知",
        date="2025-06-20",
        notes="WeChat-like mirror; the club's own 联系人/电话 and 扫码报名 sentence kept; account's follow bar and the mirror's service contact removed",
        page="""
<html><head><meta charset="utf-8"><title>2025年暑期青少年攀岩训练营招生通知</title></head><body>
<div class="mirror-top">⟦m 微文镜 · 公众号文章存档⟧ <a>⟦a 登录收藏⟧</a></div>
<h2 class="rich_title">{T}</h2>
<div class="meta">⟦m 石壁攀登俱乐部⟧ ⟦m 2025年06月20日 08:30⟧ ⟦m 浙江⟧</div>
<section class="rich_content">
{BODY}
</section>
<div class="tail">⟦l 阅读 1.2万　在看 86　赞 203⟧</div>
<div class="follow">⟦a 长按识别二维码，关注石壁攀登⟧</div>
<div class="mirror-foot">⟦w 镜像服务合作请联系 QQ 3318820476⟧ ⟦d 本页为公开文章的存档副本，版权归原作者所有。⟧</div>
</body></html>
""",
        p_html='<p style="text-indent:2em"><span>{}</span></p>',
        body="""
暑期青少年攀岩训练营面向7至14周岁儿童招生，分两期进行，每期十天。
第一期：7月7日至7月16日　第二期：7月21日至7月30日
训练内容包括攀爬技术、绳结与保护、体能和安全常识，结营时进行等级测评。
报名请扫描文末报名码，或到俱乐部前台现场登记。
联系人：尹老师　电话：138 5721 0946
""",
    ),
    dict(
        slug="intranet-gym-operator-minutes",
        site="攀峰运动发展有限公司内网 (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="http://oa.panfeng.example.local/doc/view?id=20250314-07",
        title="第三季度场馆运营例会纪要",
        record_title="第三季度场馆运营例会纪要",
        date="2025-09-26",
        notes="OA view; minutes with 时间/地点/主持/参会/记录 lines kept; approval trail and read counts removed",
        page="""
!m 攀峰运动OA　>　公文管理　>　会议纪要
!m 拟稿部门：运营部　　密级：内部　　浏览次数：57
!t 第三季度场馆运营例会纪要
{BODY}
!m 流转记录：运营部 鲍佳（拟稿）→ 综合办 韩茵（核稿）→ 总经理 沈拓（签发）
!a 【导出PDF】【打印】【关闭窗口】
""",
        body="""
时间：2025年9月26日下午2:30
地点：公司三楼会议室
主持：沈拓
参会：各场馆店长、运营部、安全部
记录：鲍佳
会议通报了三季度各馆客流情况，其中钰湖店会员续费率最高，达到百分之六十八。
会议要求各馆在十月底前完成岩点全面更换和自动保护器年检，检测报告报安全部备案。
""",
    ),
    dict(
        slug="tender-climbing-wall-bid-result",
        site="镕水县公共资源交易网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://ggzy.rongshui.example.gov.cn/jyxx/zbgs/20250822/3381.html",
        title="镕水县全民健身中心人工岩壁建设项目中标结果公告",
        record_title=None,
        date="2025-08-22",
        notes="no record title; bid-result table one row a paragraph; the purchaser's and agency's contacts kept beside the platform's CA hotline",
        page="""
<html><head><meta charset="gb2312"><title>中标结果公告 - 镕水县公共资源交易网</title></head><body>
<table width="980" align="center"><tr><td class="banner">⟦m 镕水县公共资源交易网⟧</td></tr>
<tr><td class="menu">⟦m 首页 | 交易信息 | 政策法规 | 服务指南⟧</td></tr></table>
<table width="980" align="center"><tr><td width="200" class="left">
<div>⟦l 交易信息⟧</div><div>⟦l 招标公告⟧</div><div>⟦l 中标公示⟧</div><div>⟦l 变更公告⟧</div></td>
<td class="main"><h2>{T}</h2>
<p class="info">⟦m 发布时间：2025-08-22　浏览：219次⟧</p>
{BODY}
</td></tr></table>
<div class="foot">⟦m CA证书办理热线：400-880-7361⟧　⟦m 技术支持：镕信科技⟧</div>
</body></html>
""",
        body="""
一、项目编号：RSGG-2025-0716
二、中标结果：
中标人　中标金额（元）　工期
钤城峰行体育设施有限公司　1,286,400　60日历天
三、公示期：自本公告发布之日起1个工作日。
四、采购人：镕水县体育事业发展中心，联系人：洪先生，电话：0578-5123 7710。
五、代理机构：镕水正衡招标代理有限公司，联系人：魏女士，电话：0578-5126 0082。
""",
    ),
    dict(
        slug="college-climbing-elective-wrapped",
        site="钰湖职业技术学院体育部 (invented)",
        style="高校官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://tyb.yhvc.example.edu.cn/info/1032/4471.htm",
        title="关于开设攀岩选修课的通知",
        record_title="关于开设攀岩选修课的通知-体育部",
        date="2025-02-24",
        notes="hard-wrapped at 60 columns; a numbered list; 成文日期 under the signature",
        wrap=60,
        indent="\u3000\u3000",
        page="""
!m 钰湖职业技术学院 体育部
!m 首页 > 通知公告
!t 关于开设攀岩选修课的通知-体育部
!m 点击：[ 402 ]　作者：体育部
{BODY}
!l 【上一条】关于举办春季运动会的通知
!l 【下一条】体质健康测试安排
!m 版权所有 钰湖职业技术学院体育部　地址：钰湖区学府路8号
""",
        body="""
各二级学院：
为丰富体育课程内容，体育部本学期在新建攀岩馆开设攀岩选修课，现将有关事项通知如下。
1.课程面向全校一、二年级学生，每周一次，共十六学时，计一学分。
2.每班限三十人，选课时间为2月27日至3月3日，逾期不再补选。
3.患有心脏病、高血压等不宜剧烈运动疾病的同学不得选修。
体育部
2025年2月24日
""",
    ),
    dict(
        slug="print-gym-member-notice",
        site="锜阳岩舍攀岩馆 (invented)",
        style="打印页",
        genre="须知",
        kind="notice",
        form="text",
        source="https://www.yanshe-qiyang.example.com/notice/12?print=1",
        title="会员入馆须知",
        record_title="打印预览 - 会员入馆须知",
        date=None,
        notes="print view with its own print header and footer; a numbered list; no date (only a print stamp)",
        page="""
!a 〖打印本页〗〖返回原文〗
!m 锜阳岩舍攀岩馆　www.yanshe-qiyang.example.com
!t 会员入馆须知
{BODY}
!m 打印时间：2025/10/09 16:22
!p · 页 1 共 1 ·
""",
        body="""
一、入馆请出示会员码，儿童须由监护人陪同。
二、攀爬区禁止穿普通运动鞋，可在前台租借专用攀岩鞋。
三、攀石区落地前请观察下方是否有人，不得在垫子上逗留。
四、饮水和休息请到休息区，馆内禁止吸烟。
""",
    ),
    dict(
        slug="mail-insurance-request-forwarded",
        site="铎山县攀岩协会邮件 (invented)",
        style="邮件转发",
        genre="请示",
        kind="request",
        form="text",
        source="mailto:office@dsclimb.example.org?msg=8812",
        title="关于为2025年攀岩联赛参赛人员统一投保的请示",
        record_title="Fwd: 关于为2025年攀岩联赛参赛人员统一投保的请示",
        date="2025-04-03",
        date_also=["2025-04-07"],
        notes="a forwarded mail: headers and signature of the forwarder removed; the request's 抄送 line kept; send date differs from 成文日期",
        page="""
!m 发件人：葛舒 <geshu@dsclimb.example.org>
!m 发送时间：2025年4月7日 星期一 09:14
!m 收件人：秘书处
!m 主题：Fwd: 关于为2025年攀岩联赛参赛人员统一投保的请示
!w 葛舒　铎山县攀岩协会秘书处　手机 139 0577 4120
---------- 转发的邮件 ----------
{BODY}
!d 本邮件及附件仅供收件人使用，如误收请立即删除。
""",
        body="""
县体育局：
今年全县攀岩联赛共设六站，预计参赛人员三百余人次。为有效防范比赛风险，我会拟为全体参赛人员统一购买意外伤害保险，所需费用约一万二千元，由联赛经费列支。
妥否，请批示。
铎山县攀岩协会
2025年4月3日
抄送：县体育总会
""",
    ),
]
