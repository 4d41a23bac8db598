"""holdout94, part E: written blind (see NOTE.md). Invented sites, places, people, numbers."""

CASES = [
    dict(
        slug="dangjian-fangbodi-lecture-cn-date",
        site="港航建设党建园地 (invented)",
        style="党建网",
        genre="党课讲稿",
        kind="speech",
        form="text",
        source="http://djyd.ganghang-js.example.cn/dk/2025/0620/311.html",
        title="在防波堤工程项目党支部专题党课上的讲稿",
        record_title="【党课讲堂】在防波堤工程项目党支部专题党课上的讲稿",
        date="2025-06-20",
        notes="lecture with a Chinese-numeral date under the title and a speaker line (neutral); Party-building chrome",
        page="""
!m 港航建设党建园地
!m 首页 → 党课讲堂
{T}
（二〇二五年六月二十日）
项目党支部书记　伍海涛
{BODY}
!m 责任编辑：党群工作部
!l 相关阅读：项目一线党员先锋岗事迹选登
!d 本园地内容仅供内部学习交流
""",
        body="""
同志们：
今天这堂党课，我想结合防波堤工程建设，和大家谈谈“在一线践行初心”。
防波堤工程是港区建设的控制性工程，全长2.6公里，海上作业占全部工作量的八成以上。风浪大、窗口期短，对我们每一名党员都是考验。
第一，初心体现在质量上。每一块扭王字块体都关系到大堤百年安全，党员要带头执行“三检制”，不合格的决不放过。
第二，初心体现在安全上。海上作业必须穿救生衣，大风预警时船舶一律回港，这是铁的纪律。
第三，初心体现在担当上。抢潮水、抢窗口的时候，党员要冲在前面，把困难留给自己。
同志们，让我们以实际行动，把党旗插在大堤上，确保年底前主体工程完工。
""",
    ),
    dict(
        slug="hospital-yuezhou-crutch-loan-notice",
        site="樾州市骨伤医院 (invented)",
        style="医院官网",
        genre="通知",
        kind="notice",
        form="text",
        source="https://www.yzgsyy.example.com/hzfw/2025/1008/9021.html",
        title="关于开展助行器具免费租借服务的通知",
        record_title="【患者服务】关于开展助行器具免费租借服务的通知-樾州市骨伤医院",
        date="2025-10-08",
        notes="hospital: 预约挂号 line beside the service desk's own 咨询电话; a 扫码 sentence in the body",
        page="""
!m 樾州市骨伤医院　预约挂号：0575-8203333
!m 首页 > 患者服务 > 服务公告
{T}
!m 发布：门诊部　日期：2025-10-08　浏览：703
{BODY}
!a 【打印】　【关闭】
!l 就医指南｜专家排班｜住院须知
!m 医院地址：樾州市环城东路201号
""",
        body="""
为方便骨伤术后患者出院康复，我院自10月10日起在门诊一楼服务台开展助行器具免费租借服务。
一、租借器具：腋下拐杖、肘拐、四脚助行器和轮椅，共计120件。
二、租借方式：凭出院记录和身份证登记，扫描服务台二维码填写租借信息，即可免押金租借。
三、租借期限：一般不超过30天，确需延长的可电话续借。
四、归还要求：器具用完后请清洁干净送回服务台，损坏的须如实说明。
服务台咨询电话：0575-8203106。
""",
    ),
    dict(
        slug="university-haiyang-octopus-research-html",
        site="滢州海洋学院 (invented)",
        style="高校官网",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.yzhy.example.edu.cn/info/1002/6613.htm",
        title="我校章鱼人工繁育研究取得新进展",
        record_title="我校章鱼人工繁育研究取得新进展-滢州海洋学院新闻网",
        date="2025-05-16",
        notes="university news: byline with 发布时间, photographer and editor lines, a 扫码 prompt in the sidebar",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>我校章鱼人工繁育研究取得新进展-滢州海洋学院新闻网</title></head><body>
<div class="hd">⟦m 滢州海洋学院新闻网⟧ ⟦m 博学 笃行 向海图强⟧</div>
<div class="nav">⟦m 学校首页 综合新闻 科研动态 媒体海院 校园文化⟧</div>
<div class="art"><h1>{T}</h1>
<p class="meta">⟦m 发布时间：2025-05-16　供稿：水产学院　摄影：毛帆　浏览：2240⟧</p>
{BODY}
<p>⟦m 审核：宣传部 马川⟧</p></div>
<div class="side">⟦a 扫一扫 关注海院微信⟧ ⟦l 点击排行 1.学校召开2025年科研工作会议⟧</div>
<div class="ft">⟦m 版权所有 滢州海洋学院 党委宣传部⟧ ⟦m 浙ICP备05021138号⟧</div>
</body></html>
""",
        body="""
近日，我校水产学院章鱼繁育团队在短蛸全人工繁育技术上取得突破，首批人工繁育的子二代幼体已存活超过60天，成活率达到35%。
短蛸是我国沿海重要的经济头足类，长期以来苗种主要依赖野生捕捞。团队经过五年攻关，解决了亲体培育、受精卵孵化和幼体开口饵料等关键问题。
团队负责人柴明远教授介绍，下一步将在浠岭试验基地开展中试，力争三年内实现规模化育苗。
""",
    ),
    dict(
        slug="localforum-xindeng-traffic-light-repost-html",
        site="溆原在线论坛 (invented)",
        style="地方论坛",
        genre="通告",
        kind="notice",
        form="html",
        source="https://bbs.xuyuan-online.example.com/thread-90417-1-1.html",
        title="关于调整城区部分路口信号灯配时的通告",
        record_title="【出行】关于调整城区部分路口信号灯配时的通告（附路口清单） - 溆原在线论坛",
        date="2025-11-24",
        date_also=["2025-11-25"],
        notes="county forum repost of a traffic police notice: a table of crossings one row a paragraph; post date differs from 成文日期",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>【出行】关于调整城区部分路口信号灯配时的通告（附路口清单） - 溆原在线论坛</title></head><body>
<div id="hd">⟦m 溆原在线论坛⟧ ⟦a 登录⟧ ⟦a 注册⟧</div>
<div id="pt">⟦m 溆原在线 › 交通出行 › 正文⟧</div>
<h1>{T}</h1>
<div class="authi">⟦m 楼主：溆原交警小助手　发表于 2025-11-25 08:30　查看：3390　回复：42⟧</div>
{BODY}
<div class="rep">⟦l 2楼 老司机阿龙：学府路那个红灯终于短了！⟧</div>
<div class="rep">⟦l 3楼 上班族：建议早高峰再优化一下⟧</div>
<div id="ft">⟦d 本帖内容转自官方发布，如有出入以官方为准⟧ ⟦m 溆原在线 版权所有⟧</div>
</body></html>
""",
        body="""
为缓解城区早晚高峰交通拥堵，县公安局交通警察大队决定自2025年12月1日起，调整城区部分路口信号灯配时。现将调整情况通告如下：
路口名称　调整内容
学府路与人民路交叉口　东西向绿灯延长15秒
滨河路与新华街交叉口　增设左转专用相位
车站路与建设路交叉口　早高峰周期由120秒调整为150秒
请广大驾驶人和行人注意路口信号变化，按信号灯指示通行。
溆原县公安局交通警察大队
2025年11月24日
""",
    ),
    dict(
        slug="download-ziliaoku-perch-hatchery-wrapped",
        site="渔业资料库下载站 (invented)",
        style="资料下载站",
        genre="技术规程",
        kind="other",
        form="text",
        source="http://down.yuyezlk.example.com/jsgc/2025/1187.html",
        title="鲈鱼人工育苗技术规程",
        record_title="鲈鱼人工育苗技术规程.pdf",
        date=None,
        notes="download station text page: file-name title; hard-wrapped at 58 columns and cut by ✦n✦ markers on their own lines; decimal headings",
        wrap=58,
        pages=dict(fmt="✦{n}✦", every=220, start=2),
        page="""
!m 渔业资料库下载站 — 水产技术资料免费下载
!m 资料名称：鲈鱼人工育苗技术规程.pdf　大小：312K　授权：免费
!m 更新时间：2025-04-07　下载：98次
{BODY}
!a 高速下载　普通下载　迅雷下载
!a 链接失效请点击报错
!d 所有资料均来自网友上传，仅供交流学习
""",
        body="""
1 范围
本规程规定了鲈鱼人工育苗的亲鱼培育、人工催产、孵化和苗种培育等技术要求，适用于海水和咸淡水鲈鱼人工育苗。
2 亲鱼培育
2.1 亲鱼选择体质健壮、无病无伤、体重1.5千克以上的个体，雌雄比例1:1。
2.2 培育期间水温控制在15至18摄氏度，每日投喂鲜活饵料一次，投喂量为鱼体重的3%至5%。
3 孵化管理
受精卵放入孵化池，布卵密度每立方米不超过50万粒，微充气保持水体流动，及时清除死卵。
4 苗种培育
仔鱼开口后投喂轮虫，10日龄后逐步添加卤虫无节幼体，日换水量由10%逐步增加到50%。
""",
    ),
    dict(
        slug="rsks-shiwu-foodbank-social-worker-oneline",
        site="汐城市人事考试信息网 (invented)",
        style="人事考试网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.xcrsks.example.gov.cn/sydw/2025/0709/1120.html",
        title="汐城市慈善食物银行2025年招聘社会工作者公告",
        record_title=None,
        date="2025-07-09",
        notes="no record title; body on one line; exam site's technical line beside the employer's 咨询电话",
        oneline=True,
        indent="\u3000\u3000",
        page="""
!m 汐城市人事考试信息网
!m 首页 > 事业单位招聘 > 公告
{T}
!m 发布日期：2025-07-09　来源：市民政局
{BODY}
!m 网上报名技术咨询：0898-6677120
!a 【打印本文】【关闭窗口】
""",
        body="""
根据工作需要，汐城市慈善食物银行面向社会公开招聘社会工作者3名。
一、报名条件：具有大学专科及以上学历，持有社会工作者职业资格证书者优先，年龄35周岁以下。
二、报名时间：2025年7月14日至7月18日，报名人员须提交简历和相关证书复印件。
三、考核方式：采取笔试和面试相结合的方式，笔试内容为社会工作实务。
咨询电话：0898-6613502（市慈善食物银行）。
""",
    ),
    dict(
        slug="tender-huoyun-cargo-yard-equipment-html",
        site="潆溪县政府采购网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://zfcg.yingxi.example.gov.cn/cggg/zbgg/2025/0916/4480.html",
        title="潆溪铁路货场装卸设备采购项目中标结果公告",
        record_title="潆溪铁路货场装卸设备采购项目中标结果公告_潆溪县政府采购网",
        date="2025-09-16",
        notes="procurement portal: bid result table one row a paragraph; CA helpdesk beside purchaser and agency contacts",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>潆溪铁路货场装卸设备采购项目中标结果公告_潆溪县政府采购网</title></head><body>
<div class="hd">⟦m 潆溪县政府采购网⟧ ⟦a 供应商登录⟧ ⟦a 专家登录⟧</div>
<div class="nav">⟦m 首页 采购公告 结果公告 更正公告 政策法规⟧</div>
<div class="pos">⟦m 当前位置：结果公告 &gt; 中标公告⟧</div>
<h1>{T}</h1><p>⟦m 发布日期：2025-09-16　浏览次数：164⟧</p>
{BODY}
<div class="help">⟦m 电子交易系统客服：400-100-5582⟧</div>
<div class="ft">⟦m 潆溪县财政局主办⟧ ⟦m 闽ICP备10011256号⟧</div>
</body></html>
""",
        body="""
一、项目编号：YXCG-2025-077
二、项目名称：潆溪铁路货场装卸设备采购项目
三、中标信息：
包号　中标供应商　中标金额
1包（正面吊）　泓海重工机械有限公司　286万元
2包（叉车）　汐城港通设备有限公司　94.5万元
四、公告期限：自本公告发布之日起1个工作日。
五、联系方式
采购人：潆溪县物流发展中心　联系人：史先生　电话：0596-3122018
代理机构：潆溪诚信招标代理有限公司　联系人：欧女士　电话：0596-3156620
""",
    ),
    dict(
        slug="lawfirm-minghe-cosmetics-rights-text",
        site="明和律师事务所 (invented)",
        style="律所网站",
        genre="普法文章",
        kind="other",
        form="text",
        source="https://www.minghelaw.example.cn/article/2025/0314-xfwq.html",
        title="网购化妆品过敏，消费者如何维权",
        record_title="【以案说法】网购化妆品过敏，消费者如何维权 | 明和律师事务所",
        date="2025-03-14",
        notes="law firm article: 发布于 byline; a lawyer card and consult prompt; not-legal-advice notice",
        page="""
!m 明和律师事务所 · 消费者权益保护团队
!m 首页 / 以案说法 / 消费维权
{T}
!m 明和律所　发布于 2025-03-14　阅读 980
{BODY}
!m 撰稿律师：龙慧敏　执业证号 14303202011876542
!w 免费咨询热线：0731-8567 9090　微信同号
!d 本文内容仅供参考，不构成法律意见。
""",
        body="""
【案情】消费者刘女士在网店购买一款面霜，使用两天后面部红肿，医院诊断为接触性皮炎。网店以“个人体质问题”为由拒绝赔偿。
【分析】化妆品属于经营者应当保证安全的商品。如果产品存在质量问题或者未如实标注成分，经营者应当承担赔偿责任。
【建议】1. 保留购物记录、产品包装和剩余产品；2. 及时就医并保存病历和费用单据；3. 先与商家协商，协商不成可向平台投诉、拨打12315或向法院起诉。
""",
    ),
    dict(
        slug="community-bianfu-bats-notice-html",
        site="澹川花园社区服务网 (invented)",
        style="社区网站",
        genre="温馨提示",
        kind="notice",
        form="html",
        source="https://www.dchy-sq.example.com/notice/336.html",
        title="关于楼道发现蝙蝠的温馨提示",
        record_title="关于楼道发现蝙蝠的温馨提示",
        record_date="2025-08-04",
        date="2025-08-04",
        notes="residents' site: record gives the date; property hotline beside the committee's line; do-not-touch advice",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于楼道发现蝙蝠的温馨提示 - 澹川花园社区服务网</title></head><body>
<div class="top">⟦m 澹川花园社区服务网⟧ ⟦m 物业客服：0766-2288000⟧</div>
<div class="nav">⟦m 社区首页 | 通知公告 | 办事指南 | 邻里圈⟧</div>
<h2>{T}</h2>
<p>⟦m 社区居委会 发布于 2025-08-04⟧</p>
{BODY}
<div>⟦l 👍 有用 23　💬 留言 5⟧</div>
<div>⟦l 邻里圈热帖：周末跳蚤市场摊位报名⟧</div>
<div class="ft">⟦d 本站信息仅供社区居民参考⟧</div>
</body></html>
""",
        body="""
各位居民：
近日，7栋、9栋楼道内多次发现蝙蝠。夏季是蝙蝠活动高峰期，请大家注意以下几点：
一、不要徒手触碰或捕捉蝙蝠，更不要伤害它们，发现后打开窗户，关闭灯光，让其自行飞走。
二、如不慎被蝙蝠抓伤、咬伤，应立即用肥皂水冲洗伤口15分钟，并尽快到医院就诊。
三、请检查家中纱窗是否完好，及时封堵空调孔等缝隙。
如需帮助，请联系社区网格员 甘晓，电话：0766-2213456。
澹川花园社区居委会
""",
    ),
    dict(
        slug="assoc-yashua-toothbrush-annual-speech",
        site="溆原县牙刷产业协会 (invented)",
        style="行业协会",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="http://www.xyyashua.example.org/xhdt/2025/0110/88.html",
        title="在县牙刷产业协会2025年年会上的讲话",
        record_title="【协会动态】在县牙刷产业协会2025年年会上的讲话",
        date="2025-01-10",
        notes="association: speech with date under the title (Arabic) and a speaker line; membership prompt; 会员单位 scroll",
        page="""
!m 溆原县牙刷产业协会
!m 首页 | 协会动态 | 会员单位 | 行业资讯 | 入会指南
{T}
（2025年1月10日）
协会会长　覃国梁
{BODY}
!a 加入协会，享受会员服务 >>
!l 会员单位：洁齿日化 ｜ 顺毛刷业 ｜ 白鹭口腔用品
!m 协会地址：溆原县工业园区创业大道18号
""",
        body="""
各位会员、各位来宾：
2024年，全县牙刷产业实现产值38.6亿元，出口额突破1.2亿美元，全县牙刷企业达到217家，产业集群效应进一步显现。
一年来，协会牵头制定了两项团体标准，组织企业参加国内外展会9次，帮助会员企业解决用工、融资等问题30余件。
2025年，协会将重点做好三件事：一是推动电动牙刷等新产品研发；二是建设共享检测中心；三是加强品牌培育，减少低价竞争。
希望各会员单位团结协作，共同把溆原牙刷做大做强。谢谢大家！
""",
    ),
]
