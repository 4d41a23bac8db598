"""holdout90, part C (blind; invented)."""

CASES = [
    dict(
        slug="corp-keychain-factory-recall-html",
        site="嘉环饰品有限公司 (invented)", style="企业官网", genre="公告", kind="notice", form="html",
        source="https://www.jiahuan-gift.example.com/news/notice/2025-0812.html",
        title="关于召回部分批次金属钥匙扣的公告",
        record_title="关于召回部分批次金属钥匙扣的公告 - 嘉环饰品",
        date="2025-08-12",
        notes="enterprise site; sales line chrome vs the document's own recall line kept",
        page="""
<html><head><meta charset="utf-8"><title>关于召回部分批次金属钥匙扣的公告 - 嘉环饰品</title></head><body>
<div class="top">⟦m 嘉环饰品 · 专注礼品挂件十五年⟧ ⟦m 订购热线 400-826-1139⟧</div>
<ul class="menu"><li>⟦m 关于我们⟧</li><li>⟦m 产品中心⟧</li><li>⟦m 新闻公告⟧</li></ul>
<h2>{T}</h2>
{BODY}
<div class="side">⟦l 最新产品：亚克力挂件 / 皮质钥匙包⟧</div>
<div class="copy">⟦d ©2025 嘉环饰品有限公司 保留一切权利⟧ ⟦m 粤ICP备20088731号⟧</div>
</body></html>
""",
        body="""
我公司在质量自查中发现，2025年5月至6月生产的批号为JH2505A、JH2506B的合金钥匙扣，部分产品表面镀层铅含量超标。
为保障消费者安全，公司决定主动召回上述批次产品，消费者可凭购买凭证到原购买渠道办理退款。
召回咨询电话：0769-85121460（工作日9:00—17:30）
嘉环饰品有限公司
2025年8月12日
""",
    ),
    dict(
        slug="training-watercolor-course-plan-text",
        site="青黛画苑培训中心 (invented)", style="培训机构", genre="方案", kind="plan", form="text",
        source="http://www.qingdaihy.example.com/kecheng/shuicai-2025.html",
        title="青黛画苑少儿水彩课程秋季教学方案",
        record_title=None,
        date=None,
        notes="training school; giveaway and trial-class prompts; course table kept; year only, no date",
        page="""
!m 青黛画苑 | 让每个孩子都爱上画画
!a 🎁 免费领取试听课一节，名额有限先到先得
{T}
{BODY}
!w 报名咨询请加课程顾问微信：qd-huayuan66
!l 热门课程：素描入门班 / 国画启蒙班
""",
        body="""
一、课程目标：让学员掌握水彩基本技法，能够独立完成一幅简单的风景写生。
二、课程安排
周次　内容
第1—4周　认识工具与湿画法
第5—8周　色彩叠加与留白
第9—12周　室外写生与作品展示
三、每节课后老师会拍照点评，家长可关注课程群查看孩子的作品。
""",
    ),
    dict(
        slug="app-oilpainting-village-summary",
        site="笔速写作APP (invented)", style="范文APP", genre="工作总结", kind="summary", form="text",
        source="https://share.bisuxiezuo.example.com/a/9Xq0LpK2",
        title="大芬岭油画村2025年上半年工作总结",
        record_title="大芬岭油画村2025年上半年工作总结｜笔速写作",
        date="2025-07-03",
        notes="writing-app share page; open-in-app prompts top and bottom; AI rewrite button glued",
        page="""
!a 打开笔速写作APP，阅读体验更佳
!m 笔速写作 · 范文库
{T}
{BODY}
!a ✦ AI一键改写　✦ 导出为Word
!a 下载APP查看更多范文
!d 内容由用户分享，平台不对其真实性负责
""",
        body="""
上半年，油画村管委会坚持“以画兴村、以画富民”，各项工作取得新进展。
一是产业规模稳步扩大。新入驻画师工作室三十二家，实现油画销售额一点八亿元，同比增长百分之十二。⟦a 【AI续写】⟧
二是人才培训持续开展。举办色彩、构图培训班六期，培训本地画工四百余人次。
三是环境面貌明显改善。完成主街道立面改造和停车场建设，游客接待量达到二十六万人次。
下半年，我们将重点推进线上展销平台建设。
大芬岭油画村管委会
2025年7月3日
""",
    ),
    dict(
        slug="gkforum-ink-academy-interview-post",
        site="上岸公考论坛 (invented)", style="公考论坛", genre="心得体会", kind="insight", form="text",
        source="http://bbs.shangan-gk.example.com/t/88213",
        title="水墨画院事业编面试经验分享",
        record_title="[面经] 水墨画院事业编面试经验分享（附真题回忆） - 面试交流 - 上岸公考论坛",
        date="2025-05-27",
        notes="exam forum floors; relative time elsewhere; signature line chrome",
        page="""
!m 上岸公考论坛 » 面试交流
{T}
!m 楼主 | 墨染青衫 | 发表于 2025-05-27 21:14
{BODY}
!m ——签名：一战上岸，愿你也是
!l 2楼 | 小鱼儿 | 3天前：感谢楼主分享！
!a 登录后可查看更多回复
""",
        body="""
上周参加了市水墨画院事业编面试，岗位是展览策划，现在把经验分享给大家。
面试形式是结构化加专业问答，共四道题，时间二十分钟。
第一题问如何策划一场面向青少年的水墨画展，我从主题确定、作品征集、互动体验三个方面作答。
专业题问到了徐渭和八大山人的风格区别，建议大家面试前把美术史重点画家过一遍。
最后祝大家都能顺利上岸。
""",
    ),
    dict(
        slug="wiki-woodcut-entry",
        site="知道百科 (invented)", style="百科问答", genre="词条", kind="other", form="text",
        source="https://baike.zhidao-bk.example.com/item/版画工作室",
        title="社区版画工作室",
        record_title="社区版画工作室_知道百科",
        date=None,
        notes="encyclopedia entry; edit links; example placeholder dates not a date",
        page="""
!m 知道百科 —— 全民共建的知识库
!a 编辑 ｜ 讨论 ｜ 收藏 ｜ 分享
{T}
{BODY}
!m 词条统计：浏览次数 1572　编辑次数 6次　最近更新：5天前
!l 参考资料 ［1］《群众文化活动指南》
""",
        body="""
社区版画工作室是设在城乡社区、面向居民开展木刻版画创作和普及的公益性文化场所。
工作室一般配备刻刀、拓印机、油墨等设备，由专职辅导员或志愿者组织活动。
其活动记录通常按照“××××年×月×日，开展××主题创作活动”的格式登记。
部分工作室定期举办居民作品展，并将优秀作品制成明信片赠送给参观者。
""",
    ),
    dict(
        slug="netdisk-screenprint-shop-rules",
        site="云柜网盘 (invented)", style="网盘分享", genre="制度", kind="other", form="text",
        source="https://pan.yungui.example.com/s/1kPq88Zt",
        title="丝网印刷车间安全操作规程",
        record_title="丝网印刷车间安全操作规程.pdf",
        date="2025-04-01",
        notes="cloud-drive share page; file name title; share expiry and login prompts; rule speaks of 复印",
        page="""
!m 云柜网盘 ｜ 安全高效的文件分享
!m 分享者：印**　分享时间：2025-09-10 14:03　有效期：7天
!a 保存到我的网盘　　普通下载　　超级会员极速下载
{BODY}
!a 登录后可在线预览全部内容
!d 请勿分享违法违规内容，举报请联系平台
""",
        body="""
丝网印刷车间安全操作规程
一、操作人员上岗前须穿戴防护手套和口罩，车间内严禁烟火。
二、调配油墨和清洗网版时，必须开启排风设备。
三、废弃溶剂倒入专用回收桶，不得倒入下水道。
四、本规程复印后张贴在车间醒目位置，自2025年4月1日起执行。
丹阳印艺丝印厂
2025年4月1日
""",
        title_also=[],
    ),
    dict(
        slug="snapshot-photocopy-shop-notice-html",
        site="快搜网页快照 (invented)", style="搜索快照", genre="通知", kind="notice", form="html",
        source="http://cache.kuaisou.example.com/c?u=http%3A%2F%2Fwww.dhtw.example.cn%2Fgg%2F12.html",
        title="德华图文店关于暂停自助复印业务的通知",
        record_title=None,
        date="2025-02-10",
        notes="snapshot frame banner; crawl stamp not a date; document date under signature",
        page="""
<html><head><meta charset="utf-8"><title>德华图文店关于暂停自助复印业务的通知</title></head><body>
<div class="snap">⟦d 这是快搜对 http://www.dhtw.example.cn/gg/12.html 的缓存，是网页在 2025-03-01 09:10 的快照。⟧ ⟦d 当前页面可能已经更改，请点击查看最新页面。⟧</div>
<div class="hl">⟦m 您查询的关键词已被标亮：复印 通知⟧</div>
<div class="site">⟦m 德华图文 · 打印复印装订一站式⟧</div>
<h3>{T}</h3>
{BODY}
<div class="f">⟦m 店址：德华路56号　电话：0377-63017728⟧</div>
</body></html>
""",
        body="""
尊敬的顾客：
因自助复印机更换升级，本店自2月12日起暂停自助复印业务约一周，人工复印、打印和装订业务照常办理。
给您带来不便，敬请谅解。
德华图文店
2025年2月10日
""",
    ),
    dict(
        slug="print-magnet-plant-safety-plan",
        site="磁源新材料 (invented)", style="打印页", genre="方案", kind="plan", form="text",
        source="http://www.ciyuan-mag.example.com/print.aspx?id=3318",
        title="磁源新材料公司烧结车间粉尘防爆专项整治方案",
        record_title="打印 - 磁源新材料公司烧结车间粉尘防爆专项整治方案",
        date="2025-03-20",
        notes="print view; print footer and URL; print time stamp not a date",
        page="""
!m 磁源新材料有限公司　内部信息发布
{T}
{BODY}
!m 打印时间：2025-09-02 16:48
!m http://www.ciyuan-mag.example.com/print.aspx?id=3318
!p 第 1 页，共 1 页
""",
        body="""
为消除烧结车间粉尘爆炸隐患，制定本方案。
一、整治内容：更换车间除尘系统为防爆型，清理管道积尘，设置泄爆装置。
二、时间安排：3月25日至4月30日。
三、责任分工：设备部负责改造施工，安全环保部负责验收。
磁源新材料有限公司
2025年3月20日
""",
    ),
    dict(
        slug="mail-notebook-factory-request-fwd",
        site="邮件转发 (invented)", style="邮件转发", genre="请示", kind="request", form="text",
        source="mailto:archive@bjbgy.example.com#msg-20250611",
        title="关于申请购置自动锁线装订机的请示",
        record_title="Fw: 关于申请购置自动锁线装订机的请示",
        date="2025-06-09",
        date_also=["2025-06-11"],
        notes="forwarded mail headers as meta; document's own 附件 and 抄送 kept; mail send date differs",
        page="""
!m 发件人：厂办 王丽 <wangli@bjbgy.example.com>
!m 发送时间：2025年6月11日 10:22
!m 收件人：各副厂长
!m 主题：Fw: 关于申请购置自动锁线装订机的请示
!m ---------- 转发的邮件 ----------
{BODY}
!d 此邮件及附件仅供指定收件人使用，如误收请立即删除。
""",
        body="""
厂领导：
我厂笔记本生产线现有锁线装订机三台，均已使用十二年以上，故障频繁，月均停机四十小时，已不能满足订单需要。
为保障生产，拟购置全自动锁线装订机两台，预算六十八万元，从技改资金中列支。
妥否，请批示。
附件：设备询价比较表
抄送：财务科
博简笔记本制造厂生产科
2025年6月9日
""",
    ),
    dict(
        slug="fanwen-envelope-factory-speech-html-old",
        site="好文馆 (invented)", style="范文站", genre="讲话稿", kind="speech", form="html",
        source="http://www.haowenguan.example.com/jianghua/2025/7721.html",
        title="在信封厂建厂三十周年座谈会上的讲话",
        record_title="在信封厂建厂三十周年座谈会上的讲话（精选）",
        date=None,
        notes="old 范文 table layout; font row; hot list; no date",
        page="""
<html><head><meta charset="gb2312"><title>在信封厂建厂三十周年座谈会上的讲话（精选）_好文馆</title></head><body>
<table width="980"><tr><td>⟦m 好文馆 — 范文大全 写作无忧⟧</td></tr></table>
<table width="980"><tr><td width="700">
<p>⟦m 位置：好文馆 → 讲话稿 → 庆典讲话⟧</p>
<h1>{T}</h1>
<p>⟦a 【阅读字号：大 中 小】⟧</p>
{BODY}
<p>⟦w 需要定制讲话稿？资深写手代笔，QQ：3308821476⟧</p>
</td><td>
<p>⟦l 本周热门⟧</p><p>⟦l 企业周年庆致辞⟧</p><p>⟦l 退休职工座谈会讲话⟧</p>
</td></tr></table>
<table width="980"><tr><td>⟦d 本站部分文章来自网络，如有侵权请联系删除⟧</td></tr></table>
</body></html>
""",
        body="""
各位老同事、同志们：
三十年前，我们厂在两间租来的仓库里起步，靠手工折叠信封，一天只能生产几千个。
三十年来，一代又一代信封厂人艰苦创业，如今年产各类信封和票据袋四亿多个，产品销往全国二十多个省份。
今天请大家来，就是想听听老同志们的意见，把厂子的好传统传下去。
谢谢大家！
""",
    ),
    dict(
        slug="gov-taxidermy-permit-guide-html",
        site="鹿鸣县政务服务网 (invented)", style="政府门户", genre="办事指南", kind="other", form="html",
        source="http://zwfw.luming.example.gov.cn/bszn/ly/0423.html",
        title="野生动物标本制作经营许可办事指南",
        record_title="野生动物标本制作经营许可办事指南_鹿鸣县政务服务网",
        date="2025-04-23",
        notes="service guide; table kept; 扫码 sentence kept; 办事咨询 phone of the document kept vs 12345 chrome",
        page="""
<html><head><meta charset="utf-8"><title>野生动物标本制作经营许可办事指南_鹿鸣县政务服务网</title></head><body>
<div class="hd">⟦m 鹿鸣县政务服务网⟧ ⟦a 个人登录⟧ ⟦a 法人登录⟧ ⟦a 无障碍⟧</div>
<div class="bc">⟦m 首页 / 办事指南 / 林业⟧</div>
<h1>{T}</h1>
<div class="m">⟦m 更新日期：2025-04-23　浏览量：64⟧</div>
{BODY}
<div class="hot">⟦m 政务服务便民热线：12345⟧</div>
<div class="ft">⟦d 鹿鸣县行政审批服务局主办⟧ ⟦m 网站标识码5330250003⟧</div>
</body></html>
""",
        body="""
一、办理依据：《中华人民共和国野生动物保护法》及相关规定。
二、申请材料
序号　材料名称　份数
1　申请表　1份
2　标本来源合法证明　1份
3　场所及技术人员情况说明　1份
三、办理时限：承诺十五个工作日。
四、申请人可扫描政务服务大厅窗口二维码查询办理进度。
办事咨询电话：0872-6120431
""",
    ),
    dict(
        slug="news-pigeon-race-html-modern",
        site="北亭新闻网 (invented)", style="新闻门户", genre="新闻", kind="news", form="html",
        source="https://news.beiting.example.com/2025/10/19/art_55120.html",
        title="北亭信鸽协会举办秋季五百公里司放赛",
        record_title="北亭信鸽协会举办秋季五百公里司放赛_北亭新闻网",
        date="2025-10-19",
        notes="news portal; results table kept; editor line; related list",
        page="""
<html><head><meta charset="utf-8"><title>北亭信鸽协会举办秋季五百公里司放赛_北亭新闻网</title></head><body>
<div class="nav">⟦m 北亭新闻网 首页 | 本地 | 社会 | 体育 | 图片⟧</div>
<h1>{T}</h1>
<div class="src">⟦m 2025-10-19 17:22　来源：北亭新闻网　作者：许冬⟧</div>
{BODY}
<div class="ed">⟦m 编辑：曹敏　审核：潘立⟧</div>
<div class="rel">⟦l 延伸阅读⟧<a>⟦l 我市全民健身运动会闭幕⟧</a></div>
</body></html>
""",
        body="""
10月18日清晨，北亭信鸽协会秋季五百公里司放赛在宁川司放点开笼，来自全市的一千二百羽赛鸽参赛。
经过九个多小时飞行，首羽赛鸽于当天下午归巢，分速达到每分钟一千二百八十米。
名次　鸽主　分速（米/分）
1　钱永福　1280
2　岳红　1266
3　金宝山　1259
协会负责人表示，将继续规范赛事管理，推动信鸽运动健康发展。
""",
    ),
]
