"""holdout42, part B: a dike management station (堰北) and a timber checkpoint (樟埠). Invented text."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _shell import box, modern, oldtable  # noqa: E402

CASES = [
    dict(
        slug="party-yanbei-speech-dike-branch",
        site="堰北先锋网 (invented)",
        style="党建网",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.ybxf.gov.cn/djdt/2025/0701/3318.html",
        title="在堤防管理站党支部“守堤有我”主题党日上的讲话",
        record_title="【支部风采】在堤防管理站党支部“守堤有我”主题党日上的讲话",
        date="2025-07-01",
        notes="Party-building portal; bracketed column prefix; date under the speech title in Chinese numerals; study-points float",
        page=modern(
            "在堤防管理站党支部“守堤有我”主题党日上的讲话-堰北先锋网",
            "堰北先锋网　中共堰北县委组织部主办",
            "首页 ▏组工动态 ▏支部风采 ▏党员教育 ▏先锋榜样",
            "首页 → 支部风采",
            "发布：支部风采栏目　｜　阅读量 622",
            box("l", ["学习专栏", "基层党建工作手册（2025版）", "党员积分管理办法解读"]) + "<div class='float'>⟦a 学习打卡：阅读本文满3分钟积1分⟧</div>",
            "<p>⟦m 中共堰北县委组织部　地址：堰北县滨河路9号⟧</p><p>⟦m 备案号：湘ICP备15022819号⟧</p>",
            pre="<p>站长　蒋固堤</p><p>（二〇二五年七月一日）</p>",
        ),
        body="""
同志们：
今天是党的生日，我们在大堤上过主题党日，就是要提醒每名党员，守好这二十三公里大堤是我们最实在的党性。
一要巡查到位。汛期每天两次徒步巡堤，发现渗水、管涌第一时间报告，绝不能等、靠、拖。
二要带头在前。党员一人包一段，险工险段由党员值守，夜间巡查党员先上。
三要连着群众。常到沿堤村组走一走，把防汛知识讲给群众听。
同志们，大堤在，家就在。让我们用行动回答“守堤有我”。
""",
    ),
    dict(
        slug="hospital-zhangbu-notice-snakebite-clinic",
        site="樟埠县人民医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="html",
        source="https://www.zbxrmyy.com/news/yygg/2025-05-20/1207.html",
        title="关于蛇伤救治门诊延长服务时间的公告",
        record_title="关于蛇伤救治门诊延长服务时间的公告 - 樟埠县人民医院",
        date="2025-05-20",
        notes="hospital site; the department's 咨询电话 kept next to the hospital's booking and complaint lines; sentence about 扫码 kept",
        page=modern(
            "关于蛇伤救治门诊延长服务时间的公告 - 樟埠县人民医院",
            "樟埠县人民医院　二级甲等综合医院",
            "医院概况 · 就医指南 · 科室导航 · 专家介绍 · 健康科普 · 院务公开",
            "您所在的位置：首页 › 院务公开 › 医院公告",
            "发布时间：2025-05-20　　来源：医务科　　点击：1380",
            box("m", ["预约挂号：0735-5216000", "投诉电话：0735-5216011", "急诊24小时：0735-5216120"]),
            "<p>⟦m 樟埠县人民医院 版权所有　湘ICP备18033701号⟧</p><p>⟦d 本站健康科普内容仅供参考，不能代替医生诊疗。⟧</p>",
            tools="A+ 放大　A- 缩小　打印",
        ),
        body="""
入夏以来，山区蛇伤病人明显增多。为方便群众及时就医，我院蛇伤救治门诊自5月21日起延长服务时间，现公告如下。
一、服务时间：每日8:00至22:00，夜间由急诊科接诊。
二、就诊提示：被蛇咬伤后应保持镇静，减少走动，尽量记住蛇的外形，并尽快到医院救治，切勿用嘴吸伤口。
三、群众可扫描门诊大厅的二维码，查看蛇伤急救小知识。
蛇伤救治门诊咨询电话：0735-5216231
樟埠县人民医院
2025年5月20日
""",
    ),
    dict(
        slug="college-zhangbu-forestry-internship-plan",
        site="樟埠林业职业学院 (invented)",
        style="高校官网",
        genre="方案",
        kind="plan",
        form="html",
        source="https://www.zblyzy.edu.cn/jwc/info/1042/6630.htm",
        title="木材检验专业2025届学生顶岗实习工作方案",
        record_title="木材检验专业2025届学生顶岗实习工作方案-教务处",
        date="2025-02-24",
        notes="college office page; table one row a paragraph; decimal headings kept",
        page=modern(
            "木材检验专业2025届学生顶岗实习工作方案-教务处",
            "樟埠林业职业学院　教务处",
            "学院首页　机构设置　通知公告　教学管理　实践教学　下载中心",
            "当前位置: 首页 &gt;&gt; 实践教学 &gt;&gt; 正文",
            "作者：实践科　　日期：2025-02-24　　点击：[ 210 ]次",
            box("l", ["快速通道", "教务管理系统", "成绩查询", "校历"]),
            "<p>⟦m 地址：樟埠县青檀路88号　邮编：421800⟧</p><p>⟦m Copyright 2025 樟埠林业职业学院 All Rights Reserved⟧</p>",
            post="<p>⟦l 上一条：关于2025年春季学期补考安排的通知⟧</p><p>⟦l 下一条：教学督导听课安排⟧</p>",
        ),
        body="""
1.实习目的
让学生在木材检查站和加工企业真实岗位上掌握材积检尺、树种识别和运输凭证查验技能。
2.实习安排
2.1 实习时间为2025年3月3日至6月27日。
2.2 实习单位及人数如下：
单位　岗位　人数
樟埠木材检查站　检尺员　8
樟埠青檀锯材厂　质检员　12
3.组织保障
每个实习点配备校内指导教师一名，学生每周提交实习周记。
""",
    ),
    dict(
        slug="localforum-yanbei-notice-dike-path-oneline",
        site="堰北生活网 (invented)",
        style="地方论坛",
        genre="通告",
        kind="notice",
        form="text",
        source="http://www.yanbeilife.com/thread-77103-1-1.html",
        title="关于汛期堤顶道路限制通行的通告",
        record_title="关于汛期堤顶道路限制通行的通告（开车走堤的注意）",
        date="2025-06-08",
        date_also=["2025-06-09"],
        notes="county forum; body on one line; poster's aside in the title; signature date and post date differ",
        page="""
!m 堰北生活网 › 堰北杂谈 › 正文
!t 关于汛期堤顶道路限制通行的通告（开车走堤的注意）
!m 楼主：河边老周　发表于 2025-06-09 07:52　｜　查看 2210　回复 18
{BODY}
!l 支持　反对　收藏　举报
!m 沙发　小堰　2025-06-09 08:03
!l 早该管管了，大车把堤顶都压坏了。
!w 本地商家广告位招租，有意者请电联 138-0735-6622
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
为确保汛期大堤安全，经县防汛抗旱指挥部同意，决定对堤顶道路实行限制通行，现通告如下。
一、6月10日至9月30日，禁止载重10吨以上车辆在堤顶道路通行。
二、遇超警戒水位时，堤顶道路全线封闭，仅限防汛车辆通行。
三、请过往车辆按现场标志绕行省道。
堰北县堤防管理站
2025年6月8日
""",
    ),
    dict(
        slug="download-ziyuanku-rules-timber-checkpoint",
        site="资源库下载站 (invented)",
        style="资料下载站",
        genre="制度",
        kind="regulation",
        form="html",
        source="http://www.ziyuanku8.com/soft/doc/33017.html",
        title="木材检查站运输检查工作制度",
        record_title="木材检查站运输检查工作制度.doc下载",
        date=None,
        notes="old table layout with a file-info table, mirror links and a dead-link report; update stamp is no date; rule speaks of 打印/复制",
        page=oldtable(
            "木材检查站运输检查工作制度.doc下载 - 资源库下载站",
            "资源库下载站 — 绿色 安全 高速",
            "首页 | 文档资料 | 行政公文 | 规章制度 | 排行榜 | 最近更新",
            "当前位置：首页 &gt; 文档资料 &gt; 规章制度",
            "文件大小：36KB　文件格式：.doc　更新：2025-03-11　授权：免费",
            "<table><tr><td>⟦l 下载排行⟧</td></tr><tr><td>⟦l 1. 林业站工作职责汇编⟧</td></tr><tr><td>⟦l 2. 护林员巡山制度⟧</td></tr></table>",
            "<p>⟦d 本站资料均来自网络收集，只供学习交流，下载后24小时内删除。⟧</p><p>⟦m 资源库下载站 粤ICP备12044870号⟧</p>",
            pre="<p>⟦l 资料简介：⟧</p>",
            post="<p>⟦a 下载地址：电信下载一　联通下载二　备用下载三⟧</p><p>⟦a 解压密码：www.ziyuanku8.com⟧</p><p>⟦l 下载地址失效？点此报告⟧</p>",
        ),
        body="""
一、检查站实行24小时值班制度，值班人员不得少于两人。
二、对运输木材的车辆，应当查验木材运输证明，核对树种、材积和起止地点。
三、发现无证运输或者证物不符的，依法扣留木材并制作现场笔录。
四、检查登记簿每日打印一份存档，电子记录不得随意复制或者删改。
五、值班人员应当文明执勤，不得刁难过往车辆。
""",
    ),
    dict(
        slug="exam-yanbei-recruit-dike-staff",
        site="堰北县人事考试网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="announcement",
        form="html",
        source="http://www.ybrsks.gov.cn/ksgg/2025/0415/1182.html",
        title="堰北县堤防管理站2025年公开招聘工作人员公告",
        record_title="【考试公告】堰北县堤防管理站2025年公开招聘工作人员公告",
        date="2025-04-15",
        notes="exam site; the document's 咨询电话 kept beside the site's technical line; exam timetable table; 下载/打印 准考证 sentence kept",
        page=modern(
            "堰北县人事考试网",
            "堰北县人事考试网",
            "首页　考试公告　报名入口　成绩查询　政策法规",
            "首页 &gt; 考试公告",
            "发布日期：2025-04-15　　作者：考试中心",
            box("m", ["报名系统技术支持：0735-8890312", "（仅解答网上报名技术问题）"]) + box("l", ["考试日历", "4月 事业单位联考", "5月 教师招聘"]),
            "<p>⟦m 堰北县人事考试中心　地址：县政务服务中心三楼⟧</p><p>⟦d 考生须知：本网站为唯一官方报名渠道，谨防诈骗。⟧</p>",
        ),
        body="""
根据工作需要，堰北县堤防管理站面向社会公开招聘工作人员3名，现将有关事项公告如下。
一、招聘岗位：堤防巡查员2名，水利工程技术员1名。
二、考试安排：
科目　时间
笔试　2025年5月10日上午9:00—11:00
面试　另行通知
三、考生应于5月6日至9日登录本网下载并打印准考证。
政策咨询电话：0735-8891706
""",
    ),
    dict(
        slug="tender-yanbei-bid-dike-reinforcement",
        site="堰北公共资源交易网 (invented)",
        style="招投标网",
        genre="招标公告",
        kind="tender",
        form="text",
        source="http://ggzy.yanbei.gov.cn/jyxx/gcjs/zbgg/20250318/0042.html",
        title="堰北县城区段堤防加固工程施工招标公告",
        record_title="堰北县城区段堤防加固工程施工招标公告",
        date="2025-03-18",
        record_date="2025-03-18",
        notes="tender portal; purchaser and agency contacts kept next to the platform's CA hotline; lot table",
        page="""
!m 堰北县公共资源交易中心
!m 交易信息 > 工程建设 > 招标公告
{T}
!m 发布时间：2025-03-18 10:30:00　　信息来源：交易中心
!a 距投标截止还有：27天 3时 12分
{BODY}
!m CA数字证书办理咨询：400-880-2219
!d 本平台发布信息的真实性由招标人负责。
!l 上一条：县第二中学食堂改造工程中标候选人公示
""",
        body="""
堰北县城区段堤防加固工程已具备招标条件，现对该项目施工进行公开招标。
标段　内容　最高限价（万元）
一标段　桩号0+000至2+500护坡加固　486.5
二标段　桩号2+500至4+800堤顶硬化　352.0
投标人须具备水利水电工程施工总承包三级及以上资质。
招标人：堰北县堤防管理站　联系人：邓守澜　电话：0735-8810726
招标代理：湘禾项目管理有限公司　联系人：舒晴　电话：0735-8236015
""",
    ),
    dict(
        slug="lawfirm-hengyuan-article-timber-permit",
        site="衡远律师事务所 (invented)",
        style="律所网站",
        genre="普法文章",
        kind="article",
        form="text",
        source="https://www.hengyuanlaw.cn/guandian/318.html",
        title="无证运输木材被扣，车主该怎么办",
        record_title="律所观点｜无证运输木材被扣，车主该怎么办",
        date="2025-04-02",
        notes="law-firm site; column prefix; author line under the title is chrome meta; consult prompt between paragraphs",
        page="""
!m 衡远律师事务所　HENGYUAN LAW FIRM
!m 首页 | 律所观点 | 专业领域 | 律师团队 | 联系我们
{T}
!m 作者：衡远律所 林海律师　｜　2025-04-02
{BODY}
!w 遇到类似问题？拨打免费法律咨询热线 400-100-6677，律师一对一解答
!d 本文仅为一般性法律知识介绍，不构成对具体案件的法律意见。
!m 地址：樟埠县解放中路16号金樟大厦9楼
""",
        body="""
近期，我们接到多起车主咨询：车辆运输木材途经检查站时，因没有木材运输证明被扣。
首先要明确，运输木材应当依法取得运输证明，这是车主和货主的法定义务。
⟦w 扫码添加律师微信，发送“木材”领取维权指引⟧
其次，被扣后应当及时补齐合法来源证明，对处罚决定不服的，可以在六十日内申请行政复议。
最后提醒，木材收购前务必查验卖方的采伐许可证，避免事后说不清。
""",
    ),
    dict(
        slug="community-binhe-notice-dike-walkway",
        site="滨河社区网 (invented)",
        style="社区网站",
        genre="通知",
        kind="notice",
        form="text",
        source="https://binhe.sqwang.org.cn/tzgg/2025/06/1121.html",
        title="关于汛期暂停开放沿堤健身步道的温馨提示",
        record_title=None,
        date="2025-06-12",
        notes="title missing (found on the page); residents' site; 网格员 phone kept; a line about 关注 the community account kept",
        page="""
!m 滨河社区网｜邻里一家亲
!m 社区首页 ＞ 通知公告
{T}
!m 发布人：社区居委会　日期：2025-06-12　浏览：309
{BODY}
!a 点赞　转发到邻里群
!m 社区服务中心电话：0735-8801233（工作日）
!d 滨河社区居民委员会　版权所有
""",
        gap=True,
        body="""
各位居民朋友：
根据堤防管理站通知，为确保汛期安全，沿堤健身步道自6月15日起暂停开放，恢复时间另行通知。
请大家不要翻越护栏上堤散步、钓鱼，带孩子的家长要看管好孩子。
恢复开放的消息将在社区公众号发布，请关注“滨河邻里”。
如有疑问，请联系网格员胡小溪，电话：13907358812。
""",
    ),
    dict(
        slug="association-zhangbu-timber-pledge",
        site="樟埠县木材行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="proposal",
        form="html",
        source="https://www.zbmcxh.org/xhdt/2025/0325/219.html",
        title="樟埠县木材经营企业诚信经营倡议书",
        record_title="【协会倡议】樟埠县木材经营企业诚信经营倡议书",
        date="2025-03-25",
        notes="association site; numbered list kept; join-the-association prompt glued after a paragraph",
        page=modern(
            "樟埠县木材行业协会",
            "樟埠县木材行业协会",
            "协会简介 | 协会动态 | 会员名录 | 政策法规 | 入会指南",
            "首页 / 协会动态",
            "发布于 2025年03月25日　　编辑：秘书处",
            box("l", ["会员风采", "青檀锯材厂通过质量体系认证", "金樟木业新厂区投产"]),
            "<p>⟦m 协会秘书处电话：0735-5512087　邮箱：zbmcxh@163.com⟧</p><p>⟦m 湘ICP备20011953号⟧</p>",
        ),
        body="""
全县木材经营企业：
诚信是木材行业的立身之本。为营造公平有序的市场环境，协会向全体会员企业发出如下倡议：
1.守法经营。收购木材必查来源证明，运输木材必带运输证明。
2.足尺足量。检尺按国家标准进行，不虚报材积，不以次充好。
3.爱护山林。不收购来历不明的古树名木，不参与滥砍滥伐。⟦a 还不是会员？点击在线申请入会⟧
樟埠县木材行业协会
2025年3月25日
""",
    ),
    dict(
        slug="corp-qingtan-news-sawmill-safety",
        site="青檀锯材有限公司 (invented)",
        style="企业官网",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.qingtanwood.com/news/company/2025-04-11.html",
        title="青檀锯材公司开展锯木车间安全生产月活动",
        record_title="青檀锯材公司开展锯木车间安全生产月活动 - 公司新闻",
        date="2025-04-11",
        record_date="2025-04-11",
        notes="company site; dotted company date is the page date; product hotline and after-sales line as chrome",
        page="""
!m 青檀锯材｜专注实木板材二十年
!m 首页　关于我们　产品中心　公司新闻　联系我们
{T}
!m 2025.04.11　｜　公司新闻
{BODY}
!m 全国订货热线：400-608-3318
!l 相关新闻：公司获评县级安全生产标准化企业
!m © 青檀锯材有限公司　湘ICP备19052213号-1
""",
        body="""
4月以来，青檀锯材公司在锯木车间开展安全生产月活动，全员参加安全培训和应急演练。
活动期间，公司更换了两台带锯机的防护罩，在车间通道重新施划了安全标线。
车间主任杨松介绍，今年将把锯木粉尘治理作为重点，确保粉尘浓度稳定达标。
""",
    ),
]
