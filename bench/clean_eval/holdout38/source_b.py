"""holdout38, part B: a retired granary keeper's collection, a porcelain works' Party branch, an
acupuncture department, a university sailing team, a car-wash owners' forum post, a printing
house's rules on a download station, a children's welfare home's exam, an ice rink's tender, a
law firm on tailoring disputes, a community laundry room, a barbers' association. All invented."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _kit import modern, old  # noqa: E402

CASES = [
    dict(
        slug="collection-liangku-summary-1998",
        site="老粮人文存 (invented personal collection)",
        style="个人文集",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://laoliangren.example.net/wencun/juan1/07.html",
        title="一九九八年苈湖粮库保粮安全工作总结",
        record_title="文存·卷一（七）一九九八年苈湖粮库保粮安全工作总结",
        date="1998-12-26",
        notes="collection chapter; decorated title (a volume prefix); Chinese-numeral date; an author's note at the end is chrome; chapter navigation",
        page="""
!m 老粮人文存　　——一个粮库保管员的四十年
!m 目录 ｜ 卷一 在粮库的日子 ｜ 卷二 退休以后
{T}
{BODY}
!d 【作者附记】此文据当年手稿录入，个别数字已无从核对，仅作留念。
!l ‹ 上一章：入库记　　　　下一章：抗洪护粮的那个夏天 ›
!m 本页最后整理于某年冬
""",
        body="""
一年来，我库在上级粮食部门的领导下，坚持“以防为主、综合防治”的保粮方针，全年储粮一千八百万斤，做到了无虫、无霉、无鼠雀、无事故。
一、严格入库质量关。全年入库粮食水分全部控制在百分之十三点五以内，杂质不超过百分之一。
二、坚持定期检查。保管员每周测温一次，雨季每三天检查一次仓顶和门窗，发现问题及时处理。
三、加强消防安全。新添灭火器二十具，修整防火通道三条，全年组织消防演练两次。
苈湖粮库
一九九八年十二月二十六日
""",
    ),
    dict(
        slug="dangjian-ciqi-speech-html-date-under-title",
        site="蓍城瓷业党建网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="https://dj.shicheng-ciye.example.com/jhjs/2025/0701/561.shtml",
        title="在瓷厂党委庆祝建党104周年大会上的讲话",
        record_title="在瓷厂党委庆祝建党104周年大会上的讲话_领导讲话_蓍城瓷业党建网",
        date="2025-06-30",
        notes="speech with date under its title and a speaker line (neutral); page byline 2025-07-01 also accepted; study-points and 'join the Party online' prompts",
        date_also=["2025-07-01"],
        page=modern(
            "在瓷厂党委庆祝建党104周年大会上的讲话_领导讲话_蓍城瓷业党建网",
            top='⟦m 蓍城瓷业党建网⟧ ⟦m 红色窑火　匠心向党⟧',
            nav='⟦m 首页　党建动态　领导讲话　支部风采　廉洁瓷业⟧',
            crumb='⟦m 当前：首页 / 领导讲话⟧',
            info='⟦m 发布：2025-07-01　作者：党委办公室　阅读：604⟧',
            before='<p class="sub">党委书记　聂宏远</p><p class="sub">（2025年6月30日）</p>',
            after='<div>⟦a 学习打卡：阅读满3分钟可得1积分⟧</div><div>⟦l 相关阅读：瓷业党委召开“七一”表彰大会　窑工党员先锋岗授牌⟧</div>',
            side='⟦l 廉洁提醒⟧<br>⟦l 警示教育片展播⟧',
            foot='⟦m 中共蓍城瓷业有限公司委员会　主办⟧ ⟦m 赣ICP备16029914号⟧',
        ),
        body="""
同志们：
今天，我们在这里隆重集会，庆祝中国共产党成立104周年，表彰一批优秀共产党员和先进基层党组织。
过去一年，厂党委坚持把党建工作与生产经营深度融合，开展“党员先锋窑”创建，党员带头攻关的薄胎瓷烧成率由百分之六十一提高到百分之七十八。
新的征程上，我们要继续传承千年窑火，弘扬工匠精神，以高质量党建引领企业高质量发展。
谢谢大家！
""",
    ),
    dict(
        slug="hospital-zhenjiu-notice-html-booking-line",
        site="菰岭县中医医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.guling-zyy.example.cn/yygg/20250715/2288.html",
        title="针灸科三伏贴敷治疗安排的通知",
        record_title="【院内公告】针灸科三伏贴敷治疗安排的通知",
        date="2025-07-15",
        notes="hospital page; decorated record title; the department's own 咨询电话 kept next to the hospital's booking hotline in the header; a data table; 'scan to book' as content",
        page=modern(
            "针灸科三伏贴敷治疗安排的通知-菰岭县中医医院",
            top='⟦m 菰岭县中医医院　二级甲等中医医院⟧ ⟦m 预约挂号热线：0745-96128⟧',
            nav='⟦m 医院概况　科室导航　专家介绍　就医指南　新闻中心⟧',
            crumb='⟦m 首页 » 新闻中心 » 医院公告⟧',
            info='⟦m 时间：2025-07-15　来源：针灸推拿科　浏览：3321次⟧',
            after='<p>⟦a 【返回顶部】 【关闭】⟧</p>',
            side='⟦l 就医服务：门诊时间｜住院须知｜医保政策⟧',
            foot='⟦m 地址：菰岭县杏林路22号　邮编：418300⟧ ⟦d 本网站所载医疗信息仅供参考，不能替代医生面诊。⟧',
        ),
        body="""
三伏贴敷是我院针灸科的传统特色疗法，今年三伏贴敷安排如下。
伏次　日期　贴敷时间
初伏　7月20日　8:00—17:30
中伏　7月30日　8:00—17:30
末伏　8月9日　8:00—17:30
患者可通过医院公众号扫码预约，也可到门诊二楼针灸科现场登记。孕妇、皮肤过敏者不宜贴敷。
科室咨询电话：0745-7612039
菰岭县中医医院针灸推拿科
2025年7月15日
""",
    ),
    dict(
        slug="university-fanchuan-sailing-plan-decimal",
        site="滨海理工学院体育部 (invented)",
        style="高校官网",
        genre="方案",
        kind="plan",
        form="text",
        source="https://tyb.binhai-tech.example.edu.cn/info/1042/3357.htm",
        title="滨海理工学院帆船队2025—2026学年训练方案",
        date="2025-09-01",
        notes="university page; decimal headings 1.1/1.2/2.1 kept; byline date equals the 成文日期; a 'back' and print button row glued after the last sentence",
        page="""
!m 滨海理工学院　体育部
!m 首页 > 通知公告 > 正文
{T}
!m 发布时间：2025-09-01　　作者：体育部　　点击：[428]
{BODY}
!m 学院地址：滨海新区学府路1号　　招生咨询：0898-36990001
!m Copyright © 滨海理工学院　琼ICP备05000999号
""",
        body="""
1 训练目标
1.1 参加全国大学生帆船锦标赛，力争获得团体前八名。
1.2 培养一批具备国家二级运动员水平的队员。
2 训练安排
2.1 每周二、四下午及周六全天在海上训练基地进行水上训练。
2.2 冬季风力较大时，以陆上体能和理论训练为主。
3 安全保障
每次出海训练必须配备救生艇和随队教练，队员全程穿着救生衣，遇六级以上大风停止出海。
滨海理工学院体育部
2025年9月1日⟦a 【打印本页】【关闭窗口】⟧
""",
    ),
    dict(
        slug="localforum-xiche-pledge-junk-floor",
        site="莪山在线论坛 (invented)",
        style="地方论坛",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://bbs.eshan-online.example.com/forum.php?mod=viewthread&tid=219034",
        title="致全县洗车行业经营者的一封倡议书",
        record_title="致全县洗车行业经营者的一封倡议书【莪山在线】",
        date="2025-03-22",
        notes="local forum; decorated title; junk glued and on lines; a signature ad under the post; the post's 发布于 equals the 成文日期",
        junk=dict(lines=1, glued=2),
        page="""
!m 莪山在线 › 莪山茶馆 › 便民信息
{T}
!m 洗车哥老郑　　发布于 2025-3-22 20:13　　|　倒序浏览　|　阅读模式
{BODY}
!m 本帖最后由 洗车哥老郑 于 2025-3-23 08:02 编辑
!l ---------- 个性签名：郑记洗车 办卡送打蜡 ----------
!l 回复　　支持(16)　　反对(0)
""",
        body="""
各位洗车行业的同行：
近来县城部分洗车店把污水直接排进雨水管，泡沫流到街上，群众意见很大。
我们几家店商量后发出倡议：一是安装沉淀池和隔油池，污水接入市政污水管网；二是店门口地面及时清扫，不占道洗车；三是明码标价，不搞低价恶性竞争。
希望大家共同维护行业形象。
莪山县洗车行业自律小组
2025年3月22日
""",
    ),
    dict(
        slug="download-yinshua-rules-old-asp",
        site="文印资料下载站 (invented)",
        style="资料下载站",
        genre="制度",
        kind="other",
        form="html",
        source="http://www.wenyin-down.example.cn/soft/2031.html",
        title="印刷厂印前车间设备管理制度",
        record_title="印刷厂印前车间设备管理制度 Word版 免费下载",
        date=None,
        notes="old ASP download station: file-info table, mirror links, dead-link report; rules whose articles speak of 打印/复制/下载 kept; upload and update stamps are no dates",
        page=old(
            "印刷厂印前车间设备管理制度 Word版 免费下载_文印资料下载站",
            top='⟦m 文印资料下载站　www.wenyin-down.example.cn⟧',
            nav='⟦m 首页 | 企业制度 | 合同范本 | 表格模板 | 排行榜⟧',
            crumb='⟦m 当前位置：首页 → 企业制度 → 生产管理⟧',
            info='<table><tr><td>⟦m 文件大小：26KB⟧</td><td>⟦m 文件格式：doc⟧</td></tr><tr><td>⟦m 更新日期：2024-11-30⟧</td><td>⟦m 下载次数：941⟧</td></tr></table>',
            after='⟦a 下载地址：电信下载一　联通下载二　备用下载⟧<br>⟦a 如遇下载地址失效，请点此报告⟧<br>⟦d 本站资料多来自网络收集，仅供学习研究，请于下载后24小时内删除。⟧',
            side='⟦l 下载排行⟧<br>⟦l 1. 车间5S管理制度⟧<br>⟦l 2. 员工考勤管理办法⟧',
            foot='⟦m Copyright 2008-2025 文印资料下载站 All Rights Reserved⟧',
        ),
        body="""
第一条 为加强印前车间设备管理，保证制版、打印和复制工作正常进行，制定本制度。
第二条 直接制版机、大幅面打印机等设备由专人操作，操作人员须经培训合格后上岗。
第三条 客户文件一律从公司服务器下载，严禁使用个人U盘拷贝，防止病毒侵入。
第四条 未经客户书面同意，不得擅自复制、留存客户的印刷文件。
第五条 设备每日开机前检查，每周保养一次，并填写设备运行记录。
第六条 本制度由生产部负责解释，自发布之日起施行。
""",
    ),
    dict(
        slug="exam-fuliyuan-notice-admission-ticket",
        site="蕺阳市人事考试网 (invented)",
        style="人事考试网",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.zhiyang-rsks.example.gov.cn/ksxx/2025/1103_9912.html",
        title="蕺阳市儿童福利院2025年公开招聘工作人员笔试有关事项的通知",
        date="2025-11-03",
        notes="exam site; a sentence telling candidates to 下载打印 their admission ticket kept; exam-timetable rows; the site's tech-support line as chrome next to the document's own 咨询电话",
        page="""
!m 蕺阳市人事考试网
!m 考试信息 >> 事业单位招聘
{T}
!m 2025-11-03　　【大 中 小】　　【打印】
{BODY}
!m 技术支持热线（报名系统）：0736-8801234（工作日9:00-17:00）
!l 相关信息：蕺阳市2025年下半年事业单位招聘资格复审公告
""",
        body="""
蕺阳市儿童福利院2025年公开招聘工作人员笔试定于11月16日举行，现将有关事项通知如下。
一、考试安排
科目　时间
综合基础知识　9:00—11:00
专业知识　14:00—16:00
二、请考生于11月12日至15日登录本网站下载并打印准考证，凭准考证和身份证参加考试。
三、考生须提前30分钟到达考点，开考15分钟后不得入场。
咨询电话：0736-8223615
蕺阳市人力资源和社会保障局
2025年11月3日
""",
    ),
    dict(
        slug="tender-bingchang-result-html-table",
        site="萁水县公共资源交易平台 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://jy.qishui.example.gov.cn/zbgg/2025/12/09/3081.html",
        title="萁水县全民健身中心冰场制冰设备采购项目中标结果公告",
        record_title="萁水县全民健身中心冰场制冰设备采购项目中标结果公告",
        record_date="2025-12-09",
        date="2025-12-09",
        notes="tender platform; a result table one row a paragraph; the agency's own 联系人 line kept; CA-certificate helpline and bidder login as chrome",
        page=modern(
            "中标结果公告-萁水县公共资源交易平台",
            top='⟦m 萁水县公共资源交易平台⟧ <a>⟦a 投标人登录⟧</a> <a>⟦a 数字证书办理⟧</a>',
            nav='⟦m 首页　交易信息　政策法规　办事指南　诚信体系⟧',
            crumb='⟦m 交易信息 ／ 政府采购 ／ 结果公告⟧',
            info='⟦m 信息来源：萁水县政府采购中心　发布日期：2025-12-09⟧',
            after='<p>⟦a 附件下载：中标结果公告.pdf⟧</p>',
            side='⟦l 最新公告⟧ ⟦l 萁水县城乡供水管网改造工程招标公告⟧',
            foot='⟦m CA锁办理咨询：400-812-3366⟧ ⟦m 萁水县公共资源交易中心　版权所有⟧',
        ),
        body="""
一、项目编号：QSCG-2025-117
二、中标结果
包号　中标供应商　中标金额
第一包　恒冰体育设施有限公司　186.40万元
第二包　北辰制冷工程有限公司　73.85万元
三、公告期限：自本公告发布之日起1个工作日。
四、采购代理机构联系人：柯雨婷，联系电话：0792-6617203
""",
    ),
    dict(
        slug="lawfirm-caifeng-tailor-dispute-disclaimer",
        site="明衡律师事务所 (invented)",
        style="律所网站",
        genre="文章",
        kind="other",
        form="text",
        source="https://www.mingheng-law.example.cn/insight/2025/tailor-contract",
        title="定制服装不合身，裁缝店要不要退款？",
        record_title="律所观点 ｜ 定制服装不合身，裁缝店要不要退款？",
        date="2025-08-18",
        notes="law firm article; decorated title; byline date; a 'not legal advice' notice in new words and a consult prompt; numbered list kept",
        page="""
!m 明衡律师事务所　MINGHENG LAW FIRM
!m 首页 · 律所观点 · 民商事
{T}
!m 文 / 焦书瑶 律师　｜　2025.08.18
{BODY}
!d 声明：本文仅为作者对一般性问题的探讨，不代表本所对具体案件的法律意见。
!w 如需就具体纠纷获得帮助，欢迎致电本所 0731-8526 0000 预约律师面谈。
!l 延伸阅读 ▏预付卡商家跑路怎么办 ▏装修合同中的增项费用
""",
        body="""
不少市民在裁缝店定做西服、旗袍，取衣时却发现尺寸不合。这种情况下能否退款，要看具体约定和责任在谁。
1．裁缝店按照顾客提供的尺寸制作，衣服不合身是因为顾客报错尺寸的，一般由顾客承担后果。
2．裁缝店自行量体，成衣与量体数据明显不符的，属于履行不符合约定，顾客可以要求修改、重做或者退款。
3．双方对责任有争议的，可以请行业协会或者专业机构鉴定。
建议消费者定做服装时保留量体单和聊天记录，以便发生纠纷时举证。
""",
    ),
    dict(
        slug="community-xiyi-laundry-notice-oneline",
        site="荀溪街道幸福里社区 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="http://xingfuli.xunxi-jd.example.cn/sqgg/4471.html",
        title="关于社区公共洗衣房调整开放时间的通知",
        date="2025-02-17",
        notes="the whole body on one line, paragraphs separated only by their indent; a resident group QR prompt and a 'like' count",
        oneline=True,
        indent="　　",
        page="""
!m 幸福里社区　·　邻里一家亲
!m 社区公告 | 2025-02-17 | 网格员 小田
{T}
{BODY}
!a 扫码进入社区居民群，第一时间接收通知
!l 👍 点赞 23　　💬 留言 4
""",
        body="""
各位居民：
因设备检修，社区公共洗衣房自2月20日起调整开放时间为每天7:00至21:00，周一上午暂停开放。
请居民使用后及时取走衣物，不要在洗衣机内清洗鞋子和宠物用品。
感谢大家的理解和配合。
幸福里社区居委会
2025年2月17日
""",
    ),
    dict(
        slug="association-meifa-minutes-html",
        site="蔺川县美发美容行业协会 (invented)",
        style="行业协会",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="https://www.linchuan-meifa.example.org/news/show-402.html",
        title="蔺川县美发美容行业协会第二届理事会第三次会议纪要",
        record_title="协会动态｜蔺川县美发美容行业协会第二届理事会第三次会议纪要",
        date="2025-06-05",
        date_also=["2025-06-06"],
        notes="association site; decorated title; minutes' 时间/地点/主持/出席 lines and a vote count kept; membership prompt between paragraphs",
        page=modern(
            "蔺川县美发美容行业协会第二届理事会第三次会议纪要 - 协会动态",
            top='⟦m 蔺川县美发美容行业协会⟧ ⟦m 会员服务热线 0736-5190088⟧',
            nav='⟦m 首页　协会简介　协会动态　会员风采　行业标准　入会指南⟧',
            crumb='⟦m 协会动态⟧',
            info='⟦m 2025-06-06　秘书处　浏览 211⟧',
            after='<p>⟦a 🖨 打印　　✉ 发送给朋友⟧</p>',
            side='⟦l 会员风采：丝语造型　名剪坊　青丝阁⟧',
            foot='⟦m 地址：蔺川县商贸城B座三楼⟧ ⟦d 本站文字图片未经许可不得转用⟧',
        ),
        body="""
时间：2025年6月5日下午
地点：协会会议室
主持：会长 胡美琴
出席：理事15人，监事2人
会议审议通过了《蔺川县美发美容服务价格公示规范》，表决结果为同意15票，反对0票，弃权0票。
⟦a 还不是会员？点击在线申请入会 >>⟧
会议决定于7月举办全县美发技能大赛，由秘书处拟定方案。
蔺川县美发美容行业协会秘书处
2025年6月5日
""",
    ),
]
