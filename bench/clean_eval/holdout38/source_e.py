"""holdout38, part E: a retired track-maintenance worker's collection, a waterworks Party branch,
a hospital nutrition department, a university fencing team, a lantern-festival notice on a county
forum, a pottery studio's rules, a sports school's interview notice, a fishing-port dredging
tender, a law firm on leaking flats, a community used-clothes bin, a rare-stone association."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _kit import modern  # noqa: E402

CASES = [
    dict(
        slug="collection-daoban-memoir-html-chapter",
        site="道班岁月 (invented personal collection)",
        style="个人文集",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://daoban-suiyue.example.net/juan2/ch05.html",
        title="在全段道班工长会议上的发言",
        record_title="卷二·第五篇｜在全段道班工长会议上的发言",
        date="1989-03-06",
        notes="collection chapter page; decorated title; a speech with its date in Chinese numerals under the title and a speaker line (neutral); chapter navigation and an editor's note as chrome",
        page=modern(
            "卷二·第五篇｜在全段道班工长会议上的发言 - 道班岁月",
            top='⟦m 道班岁月　——一名铁路养路工的旧稿⟧',
            nav='⟦m 卷一 线路上　卷二 会议上　卷三 退休后⟧',
            before='<p class="center">莳湾工务段　郁德厚</p><p class="center">（一九八九年三月六日）</p>',
            after='<p>⟦d 整理者注：原稿为钢笔手书，个别字迹难辨处以□代替。⟧</p><p>⟦l ← 第四篇　　目录　　第六篇 →⟧</p>',
            side='⟦l 本卷篇目：在全段道班工长会议上的发言⟧',
            foot='⟦m 本文集由家属整理上传　联系：daoban@example.net⟧',
        ),
        body="""
同志们：
去年，我们道班管辖的四十二公里线路没有发生一起行车事故，这是全班同志起早贪黑干出来的。
今年春融季节到了，路基容易下沉，大家要加密巡道，发现问题马上处理，不能等、不能拖。
我们道班人少活多，但只要心齐，就没有干不好的活。
""",
    ),
    dict(
        slug="dangjian-zilaishui-plan-text",
        site="荀溪水务党建 (invented)",
        style="党建网",
        genre="方案",
        kind="plan",
        form="text",
        source="http://dj.xunxi-water.example.cn/ztdr/2025/0410/112.html",
        title="自来水公司第一党支部“守护一江清水”主题党日活动方案",
        date="2025-04-10",
        notes="Party-building site; a schedule table kept; 'study points' and share prompts glued after a sentence; date from the byline equals the 成文日期",
        page="""
!m 荀溪水务党建网 · 饮水思源 党建引领
!m 首页 ▸ 支部风采 ▸ 主题党日
{T}
!m 2025-04-10 ｜ 第一党支部 ｜ 阅读 207
{BODY}
!l 为支部点赞 👍 56
!m 中共荀溪水务集团委员会主办
""",
        body="""
为引导党员在保障城乡供水安全中当先锋、作表率，支部决定开展“守护一江清水”主题党日活动。
一、活动时间：2025年4月18日。
二、活动安排
时段　内容　地点
8:30—10:00　重温入党誓词、专题党课　水源地教育基地
10:00—11:30　水源地巡查、清理岸线垃圾　取水口上游
三、活动要求：党员统一佩戴党徽，注意水边安全。⟦a 分享到学习群⟧
第一党支部
2025年4月10日
""",
    ),
    dict(
        slug="hospital-yingyang-notice-text-hotlines",
        site="蕺阳市第二人民医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.zhiyang-2h.example.cn/news/notice/4071.html",
        title="营养科开设糖尿病饮食管理门诊的通知",
        date="2025-11-14",
        notes="hospital page; the department's own 咨询电话 kept next to the hospital's 24-hour line and booking app prompt; a table of clinic times",
        page="""
!m 蕺阳市第二人民医院　二级甲等综合医院
!m 24小时急救电话：0736-120　　挂号请下载“健康蕺阳”App
!m 首页　＞　通知公告
{T}
!m 来源：营养科　　发布日期：2025年11月14日
{BODY}
!l 上一篇：关于调整职工体检时间的通知　　下一篇：无
!d 温馨提示：网站信息仅供参考，诊疗请以医生意见为准。
""",
        body="""
为帮助糖尿病患者科学控制饮食，我院营养科自11月17日起开设糖尿病饮食管理门诊。
出诊日　出诊医生
每周一　祝慧玲副主任营养师
每周四　闵倩营养师
门诊地点：门诊楼三楼营养科诊室。咨询电话：0736-2867315。
""",
    ),
    dict(
        slug="university-jijian-fencing-news-html",
        site="东湖师范学院新闻网 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.donghu-normal.example.edu.cn/info/1003/22761.htm",
        title="我校击剑队在省大学生击剑锦标赛中获佳绩",
        record_title="我校击剑队在省大学生击剑锦标赛中获佳绩-东湖师范学院新闻网",
        date="2025-05-26",
        notes="university news page; site suffix; 作者/摄影/审核 lines as meta; byline date; click counter; prev/next",
        page=modern(
            "我校击剑队在省大学生击剑锦标赛中获佳绩-东湖师范学院新闻网",
            top='⟦m 东湖师范学院新闻网⟧ ⟦m 学校主页 | English⟧',
            nav='⟦m 首页　东湖要闻　综合新闻　院部动态　媒体东湖　视频东湖⟧',
            crumb='⟦m 当前位置：首页 &gt;&gt; 综合新闻⟧',
            info='⟦m 发布时间：2025-05-26　作者：体育学院　摄影：付晨阳　审核：苗卫　点击：[<span>319</span>]⟧',
            after='<p>⟦l 上一条：我校举办第五届研究生学术论坛⟧</p><p>⟦l 下一条：学校召开2025年招生工作会议⟧</p><p>⟦a 【关闭窗口】⟧</p>',
            side='⟦l 热点新闻：学校获批两个省级一流专业　毕业季系列活动启动⟧',
            foot='⟦m 东湖师范学院党委宣传部　地址：东湖市学院路66号　邮编：430299⟧',
        ),
        body="""
5月23日至25日，省大学生击剑锦标赛在省体育中心举行。我校击剑队获得女子重剑团体冠军、男子佩剑个人亚军等奖项。
我校击剑队成立于2019年，队员均为体育学院在校学生。
本次比赛共有来自全省二十一所高校的三百余名运动员参赛。
""",
    ),
    dict(
        slug="localforum-denghui-notice-html-junk",
        site="蒲云论坛 (invented)",
        style="地方论坛",
        genre="通告",
        kind="notice",
        form="html",
        source="http://www.puyun-bbs.example.com/thread-771208-1-1.html",
        title="关于元宵灯会期间交通管制的通告",
        record_title="转：关于元宵灯会期间交通管制的通告（开车的注意了）",
        date="2026-02-25",
        notes="county forum page with jammer fonts; decorated title with a forum hook; poster's 发表于 is the same day; police hotline inside the document kept; floor replies as chrome",
        junk=dict(lines=1, glued=1),
        page=modern(
            "转：关于元宵灯会期间交通管制的通告（开车的注意了） - 蒲云论坛",
            top='⟦m 蒲云论坛 — 蒲云人自己的网上家园⟧',
            nav='⟦m 首页　蒲云热议　便民服务　二手市场⟧',
            crumb='⟦m 蒲云论坛 » 便民服务 » 帖子⟧',
            info='⟦m 电动车老王 发表于 2026-2-25 12:08　只看楼主　倒序⟧',
            after='<div>⟦l 2楼 小蒲蒲：收到，那天坐公交去。⟧</div><div>⟦l 3楼 路过的猫：灯会几点开始？⟧</div><div>⟦a 快速回复　发表帖子⟧</div>',
            side='⟦m 电动车老王　UID 88213　在线时间 1320 小时⟧',
            foot='⟦m 蒲云论坛　客服邮箱：kefu@puyun-bbs.example.com⟧',
        ),
        body="""
为保障元宵灯会期间道路交通安全有序，决定对县城部分道路实施临时交通管制。
一、管制时间：2026年3月3日18时至23时。
二、管制路段：滨江路（人民桥至文化广场段）禁止机动车通行。
三、请广大驾驶人提前绕行，如遇紧急情况可拨打交警值班电话0739-5011122。
蒲云县公安局交通警察大队
2026年2月25日
""",
    ),
    dict(
        slug="download-taoyi-rules-text-stamps",
        site="好资料下载网 (invented)",
        style="资料下载站",
        genre="制度",
        kind="other",
        form="text",
        source="http://www.haoziliao.example.cn/down/9981.html",
        title="陶艺工作室安全管理制度",
        record_title="陶艺工作室安全管理制度(doc格式)",
        date=None,
        notes="download station text page; decorated title; update and crawl stamps are no dates; rules about 打印 labels kept; a software-style info block",
        page="""
!m 好资料下载网 - 免费实用资料下载
!m 资料名称：陶艺工作室安全管理制度
!m 资料大小：18 KB　　资料类别：规章制度　　更新时间：2025-03-04
!m 授权方式：免费资料　　运行环境：Word/WPS
{BODY}
!a ▶ 本地下载　　▶ 网通下载　　▶ 电信下载
!d 本站所有资料仅供学习使用，版权归原作者所有。
""",
        body="""
一、学员进入工作室须穿戴围裙，长发须扎起，不得穿拖鞋。
二、拉坯机使用完毕应立即断电，并将转盘清洗干净。
三、电窑烧制期间由专人值守，窑温超过二百度时任何人不得打开窑门。
四、釉料须分类存放，打印标签注明名称和日期，严禁用食品容器盛装。
五、工作室内禁止吸烟和饮食，离开时关闭门窗、切断电源。
""",
    ),
    dict(
        slug="exam-tixiao-interview-html-ticket",
        site="萁水县人事考试中心 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://rsks.qishui.example.gov.cn/ggl/2025/07/21/9012.html",
        title="萁水县体育运动学校2025年公开招聘教练员面试公告",
        record_title="萁水县体育运动学校2025年公开招聘教练员面试公告",
        record_date="2025-07-21",
        date="2025-07-21",
        notes="exam site; a candidates table; sentence telling candidates to 登录下载打印 the interview notice kept; the site's tech line in the footer; a 'print' and 'close' row",
        page=modern(
            "面试公告 - 萁水县人事考试中心",
            top='⟦m 萁水县人事考试中心⟧ ⟦a 考生登录⟧',
            nav='⟦m 首页　考试公告　成绩查询　政策法规　常见问题⟧',
            crumb='⟦m 首页 > 考试公告⟧',
            info='⟦m 发布时间：2025-07-21 09:00　浏览次数：6622⟧',
            after='<p>⟦a [打印本页] [关闭窗口]⟧</p>',
            foot='⟦m 报名系统技术咨询：0792-6618800⟧ ⟦m 萁水县人力资源和社会保障局 主办⟧',
        ),
        body="""
根据招聘公告，现将面试有关事项公告如下。
一、进入面试人员名单
岗位　姓名　准考证号
田径教练　喻晓峰　20250710212
游泳教练　管若兮　20250710305
二、面试时间：2025年7月27日上午8:00，考生须于7:30前到达候考室。
三、面试人员请于7月24日起登录本网站下载并打印面试通知书。
萁水县人力资源和社会保障局
2025年7月21日
""",
    ),
    dict(
        slug="tender-yugang-dredging-text-wrapped",
        site="菰岭县政府采购网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://zfcg.guling.example.gov.cn/cggg/2025/0905/5521.html",
        title="菰岭县渔港航道疏浚工程招标公告",
        date="2025-09-05",
        notes="tender page, hard-wrapped at 72 columns; the project's own 联系人/电话 kept; the platform's CA service line as chrome; numbered list",
        wrap=72,
        page="""
!m 菰岭县政府采购网　　　　　　　　[ 登录 ] [ 注册 ]
!m 采购公告 ＞ 工程类 ＞ 招标公告
{T}
!m 发布日期：2025-09-05　　　项目编号：GLZC-2025-G031
{BODY}
!m 数字证书服务电话：400-119-6688（周一至周五）
!l 同类公告：菰岭县渔政码头维修工程竞争性谈判公告
""",
        body="""
一、项目概况：菰岭县渔港航道疏浚工程位于菰岭县中心渔港，疏浚航道长约一千八百米，疏浚量约十六万立方米，最高投标限价九百四十万元。
二、投标人资格要求：1．具有港口与航道工程施工总承包三级及以上资质；2．拟派项目经理具有港口与航道工程专业二级注册建造师执业资格。
三、招标文件获取：2025年9月8日至9月12日在本网站免费下载。
四、联系方式：招标人菰岭县海洋渔业局，联系人：冉志清，电话：0745-3308126。
""",
    ),
    dict(
        slug="lawfirm-loushui-article-html-disclaimer",
        site="鸿正律师事务所 (invented)",
        style="律所网站",
        genre="文章",
        kind="other",
        form="html",
        source="https://www.hongzheng-lawyer.example.com/article/2025-leak.html",
        title="楼上漏水损坏装修，责任该由谁承担",
        record_title="以案说法 | 楼上漏水损坏装修，责任该由谁承担",
        date="2025-06-03",
        notes="law firm site; decorated title; a case summary; disclaimer and free-consultation prompt; byline date",
        page=modern(
            "以案说法 | 楼上漏水损坏装修，责任该由谁承担 - 鸿正律师事务所",
            top='⟦m 鸿正律师事务所⟧ ⟦w 法律咨询热线 0731-8866 2020⟧',
            nav='⟦m 首页　律所简介　律师团队　业务领域　以案说法　联系我们⟧',
            info='⟦m 作者：谭婧 律师　发布：2025-06-03　阅读：1187⟧',
            after='<div>⟦d 本文内容仅供普法参考，不构成对任何具体事项的法律意见。⟧</div><div>⟦w 遇到类似问题？点击预约免费首次咨询⟧</div>',
            side='⟦l 热门文章：租房押金不退怎么办　物业费拖欠的诉讼时效⟧',
            foot='⟦m 地址：长沙市芙蓉区某某大厦18层（示例）⟧ ⟦m 湘ICP备18009921号⟧',
        ),
        body="""
案情简介：2024年夏天，业主钱某家中天花板大面积渗水，新装修的吊顶和木地板被泡坏。经查，系楼上住户卫生间防水层破损所致。
律师分析：根据民法典的规定，楼上住户对其专有部分负有管理维护义务，因防水失效造成楼下损失的，应当承担赔偿责任。
本案中，法院判决楼上住户赔偿钱某维修费用二万三千元。
温馨提醒：发现漏水后，应及时拍照、录像固定证据，并尽快与楼上住户和物业沟通。
""",
    ),
    dict(
        slug="community-jiuyi-bin-notice-html",
        site="薜原街道和园社区 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="html",
        source="https://heyuan.xieyuan-jd.example.cn/notice/2025/0320.html",
        title="关于小区旧衣回收箱使用规范的温馨提示",
        record_title=None,
        date="2025-03-20",
        notes="residents' site, no record title; a resident-group prompt between paragraphs as its own line; 'sign in to comment' box; the community's own phone kept",
        page=modern(
            "和园社区 - 社区公告",
            top='⟦m 和园社区　共建共治共享⟧',
            nav='⟦m 社区首页　公告栏　办事指南　邻里圈⟧',
            info='⟦m 社区居委会　2025-03-20　浏览 341⟧',
            after='<div>⟦l 评论 0　登录后评论⟧</div>',
            side='⟦l 近期活动：学雷锋志愿服务　春季义诊⟧',
            foot='⟦m 和园社区居委会　薜原街道和园路17号⟧',
        ),
        body="""
各位居民朋友：
小区在3号楼、8号楼旁新设置了两个旧衣回收箱，回收的衣物将统一消毒后捐赠给山区学校或者循环利用。
投放前请将衣物清洗干净、折叠装袋，破损严重的衣物、鞋帽请投放到其他垃圾桶。
⟦a 👉 加入和园邻里群，扫码即可⟧
如回收箱已满，请拨打社区电话0731-8427761，我们将及时联系清运。
和园社区居委会
2025年3月20日
""",
    ),
    dict(
        slug="association-qishi-pledge-text",
        site="蕨川县观赏石协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://www.fanchuan-stone.example.org/xhdt/2025/88.html",
        title="关于依法文明采集观赏石的倡议书",
        record_title="【行业自律】关于依法文明采集观赏石的倡议书",
        date="2025-08-08",
        notes="association text page; decorated title; the association's own 举报邮箱 kept; a membership prompt and a copyright line as chrome",
        page="""
!m 蕨川县观赏石协会　|　石韵天成
!m 首页 » 协会动态
{T}
!m 发布者：秘书处　　时间：2025-08-08　　浏览：118
{BODY}
!w 入会咨询请联系秘书处小阮：0744-2210345
!d 本网站版权归蕨川县观赏石协会所有，未经许可请勿转载。
""",
        body="""
全县广大观赏石爱好者：
近期，个别人员在河道、山体私挖滥采奇石，破坏了生态环境。为此，协会发出如下倡议：
一、不在自然保护区、河道管理范围内采挖石头。
二、不收购、不交易来源不明的观赏石。
三、发现私挖滥采行为，请发送邮件至协会举报邮箱 jubao@fanchuan-stone.example.org。
蕨川县观赏石协会
2025年8月8日
""",
    ),
]
