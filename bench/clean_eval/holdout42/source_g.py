"""holdout42, part G: more pages of the same organisations, on the older kinds of site. Invented text."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _shell import box, modern  # noqa: E402

CASES = [
    dict(
        slug="fanwen-wrapped-summary-snake-farm",
        site="范文驿站 (invented)",
        style="范文站",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.fanwenyizhan.net/zongjie/qiye/61207.html",
        title="樟埠蛇类养殖场2024年工作总结",
        record_title="樟埠蛇类养殖场2024年工作总结（精编版·可修改）",
        date="2024-12-30",
        notes="范文 site; hard-wrapped at 58 columns; VIP prompt on its own line between paragraphs; signature date",
        page="""
!m 范文驿站　fanwenyizhan.net
!m 首页 >> 工作总结 >> 企业总结
!t 樟埠蛇类养殖场2024年工作总结（精编版·可修改）
!m 日期：2025-01-09　字数：约900字　热度：★★★★
{BODY}
!a 【一键下载】本文Word版，排版无需调整
!l 上一篇：养殖合作社年终总结　　下一篇：特种养殖场安全自查报告
!d 本站所有范文均来源于网友投稿，仅供学习参考
""",
        indent="\u3000\u3000",
        wrap=58,
        body="""
2024年，我场在县林业局和畜牧部门的指导下，严格按照人工繁育许可规定开展养殖，全年出栏商品蛇1.6万条，实现销售收入310万元。
一、规范管理。建立种蛇档案和出入栏台账，每条商品蛇都附有专用标识。
⟦a 开通VIP会员，本站全部范文免费复制⟧
二、防疫安全。蛇房每周消毒两次，饲养员全部接受蛇伤急救培训，全年未发生伤人事件。
三、明年打算。扩建孵化室一间，争取通过省级示范场验收。
樟埠蛇类养殖场
2024年12月30日
""",
    ),
    dict(
        slug="wechat-oneline-notice-spring-water-supply",
        site="泉坳生活圈 公众号镜像 (invented)",
        style="公众号镜像",
        genre="通知",
        kind="notice",
        form="text",
        source="https://weixin.jingxiang.cc/quanao-shenghuoquan/2025-07-15",
        title="泉坳山泉水厂关于检修期间暂停送水的通知",
        record_title="泉坳山泉水厂关于检修期间暂停送水的通知",
        date="2025-07-15",
        notes="WeChat mirror; body on one line; account line and reader chrome; the plant's ordering line kept",
        page="""
!m 泉坳生活圈　2025年7月15日 12:06
!a 👆点击蓝字关注，本地资讯早知道
{BODY}
!l 👍 赞　｜　⭐ 在看　｜　💬 留言
!a 扫码进泉坳生活交流群，群满请加小编
!d 内容来源：泉坳山泉水厂，如有侵权请联系删除
""",
        oneline=True,
        indent="\u3000\u3000",
        body="""
各位用户：
因灌装车间设备年度检修，我厂将于7月18日至20日暂停桶装水配送，21日起恢复正常。
请各位用户提前做好储水准备，给大家带来的不便，敬请谅解。
订水电话：0739-8862233
泉坳山泉水厂
2025年7月15日
""",
    ),
    dict(
        slug="news-text-go-contest-editor-glued",
        site="弈城晚报网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.ychwb.com.cn/ty/2025-07/14/content_87012.html",
        title="四百余名少儿棋手弈城对弈",
        record_title="四百余名少儿棋手弈城对弈_体育_弈城晚报网",
        date="2025-07-14",
        notes="news portal as text; time line is the date; a related-news link and a photo caption between paragraphs; editor glued after the last paragraph",
        page="""
!m 弈城晚报网　首页 | 新闻 | 体育 | 文娱 | 图片
{T}
!m 2025-07-14 07:30:12　　来源：弈城晚报　　记者 潘落子
!a 字体：大 中 小　　分享到：
{BODY}
!l 热点推荐：暑期游泳馆开放时间调整　　弈城至焰山高速通车
!m 弈城晚报网版权所有　新闻热线0594-2223300
""",
        body="""
7月12日至13日，弈城市第十二届少儿围棋锦标赛在市青少年活动中心举行，四百余名少儿棋手参赛。
比赛分甲、乙两组进行，经过七轮激战，市实验小学的程一凡获得甲组冠军。
⟦m 小棋手们在比赛中认真思考。记者 潘落子 摄⟧
⟦l 相关新闻：我市新增六个校园围棋教学点⟧
市围棋协会负责人表示，今年参赛人数比去年增加了三成。⟦m 编辑：黎明　校对：方圆⟧
""",
    ),
    dict(
        slug="forum-html-jammer-bicycle-lost-card",
        site="辐川论坛 (invented)",
        style="论坛",
        genre="通知",
        kind="notice",
        form="html",
        source="http://bbs.fuchuan.cc/thread-120331-1-1.html",
        title="公共自行车租车卡挂失补办须知",
        record_title="公共自行车租车卡挂失补办须知 - 便民信息 - 辐川论坛",
        date="2025-05-26",
        notes="Discuz-like forum with jammer fonts; floors; the company's service line in the text kept; post time is the date",
        page=modern(
            "公共自行车租车卡挂失补办须知 - 便民信息 - 辐川论坛",
            "辐川论坛　辐川人的网上家园",
            "首页 | 便民信息 | 辐川茶馆 | 跳蚤市场 | 相亲交友",
            "辐川论坛 » 便民信息 » 公共自行车租车卡挂失补办须知",
            "骑行的大李　发表于 2025-5-26 10:18　|　查看: 1533　|　回复: 12",
            box("l", ["今日热帖", "城东菜市场搬迁了吗", "周末骑行约伴"]),
            "<p>⟦l 2楼　小叶：收藏了，上次丢卡跑了好几趟⟧</p><p>⟦l 快速回复　高级模式⟧</p><p>⟦m Discuz! X3.4 © 2001-2025⟧</p>",
            scripts=False,
        ),
        junk=dict(lines=1, glued=2),
        body="""
租车卡丢失后，请第一时间拨打公司服务电话0594-7200050办理口头挂失。口头挂失有效期为三天。
三天内请携带身份证到人工服务点办理书面挂失，书面挂失后七个工作日可以补办新卡。
补办新卡收取工本费10元，卡内余额自动转入新卡。
""",
    ),
    dict(
        slug="wenku-text-plan-dike-drill-markers",
        site="学海文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://wenku.xuehai365.com/doc/2b91c7d0a5.html",
        title="堰北县堤防管理站2025年防汛抢险演练方案",
        record_title="堰北县堤防管理站2025年防汛抢险演练方案（可直接使用）",
        date="2025-05-12",
        notes="paid 文库 preview; markers in the form ▍n▍ on lines of their own cut sentences; drill table kept",
        page="""
!m 学海文库
!t 堰北县堤防管理站2025年防汛抢险演练方案（可直接使用）
!m 文档页数：5　｜　浏览：3320　｜　上传时间：2025-05-20
!a 加入文库VIP，海量文档免费下载
{BODY}
!a 还剩3页未读，继续阅读需支付2.9元
!l 大家都在看：防汛应急演练脚本　堤防巡查制度
""",
        pages=dict(fmt="▍{n}▍", every=60, start=2, glue=False),
        body="""
一、演练目的：检验管涌、漫溢险情的应急处置能力，提高抢险队伍实战水平。
二、演练时间和地点：2025年5月28日上午，堰北大堤桩号3+200处。
三、演练科目：
科目　负责单位
管涌抢护　第一抢险队
子堤加高　第二抢险队
四、各抢险队要提前检查编织袋、土工布等物资，确保演练顺利进行。
堰北县堤防管理站
2025年5月12日
""",
    ),
    dict(
        slug="qa-text-answer-indigo-fading",
        site="知了问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="answer",
        form="text",
        source="https://www.zhiliaowenda.com/q/30021877",
        title="蓝染衣服掉色怎么办",
        record_title="蓝染衣服掉色怎么办？求懂行的人解答",
        date="2025-03-30",
        notes="Q&A; the answer's 发布于 is the page's date; a washing tip about 分享 kept; related questions and a disclaimer",
        page="""
!m 知了问答 » 生活常识
{T}
!m 2人关注 · 1条回答
!m 靛溪染坊老杨　发布于 2025-03-30
{BODY}
!l 赞同 105　｜　评论 8　｜　收藏
!l 相关问题：扎染和蜡染有什么区别？
!d 回答内容由网友提供，仅供参考
""",
        body="""
我家开染坊三十年，说几点经验。
1.新买的蓝染衣服第一次洗，用冷水加少许白醋泡半小时，可以固色。
2.不要用洗衣粉，更不要暴晒，阴干最好。
3.轻微掉色是天然靛蓝的特点，洗几次就稳定了。
这些方法是老师傅教的，分享出来给大家参考。
""",
    ),
    dict(
        slug="mail-bulletin-weir-newsletter",
        site="闸口水利简报邮件 (invented)",
        style="邮件转发",
        genre="简报",
        kind="bulletin",
        form="text",
        source="mailto:jianbao@zhakou-zhaguan.cn#2025-6",
        title="拦河闸管理所工作简报（第6期）",
        record_title="Fw: 拦河闸管理所工作简报（第6期）",
        date="2025-06-30",
        date_also=["2025-07-01"],
        notes="forwarded mailed bulletin; unsubscribe and forward notes chrome; the bulletin's own 报送/抄送 lines kept",
        page="""
!m Fw: 拦河闸管理所工作简报（第6期）
!m From: 闸口拦河闸管理所 <jianbao@zhakou-zhaguan.cn>
!m Sent: 2025年7月1日 8:05
!m To: 县水利局各股室
{T}
{BODY}
!a 如不希望继续收到本简报，请回复“退订”
!m 此邮件由系统自动群发，请勿直接回复
""",
        body="""
一、汛期运行情况。6月份共启闭闸门14次，最大过闸流量每秒860立方米，工程运行正常。
二、安全宣传情况。联合闸口社区开展防溺水宣传3次，劝离闸区游泳人员27人次。
三、下月工作安排。做好主汛期24小时值守，完成启闭机年度检修。
报送：县水利局
抄送：闸口镇人民政府
闸口拦河闸管理所　2025年6月30日印
""",
    ),
    dict(
        slug="print-text-rule-bronze-studio-visitors",
        site="铜坊古韵铜艺工作室 打印页 (invented)",
        style="打印页",
        genre="制度",
        kind="regulation",
        form="text",
        source="https://www.tfguyun.com/print/visit-rule",
        title="铜艺工作室参观须知",
        record_title="参观须知 - 打印",
        date=None,
        notes="print view; decorated title shortened on the record; print stamp, URL and footer are no dates; a sentence about 拍照分享 kept",
        page="""
!m 铜坊古韵铜艺工作室
!m https://www.tfguyun.com/visit-rule
!m 打印于 2025/8/2 09:15
{T}
{BODY}
!p ―― 1 / 1 ――
""",
        body="""
一、参观须提前一天预约，每批不超过15人。
二、熔炼区和浇注区为危险区域，参观者须在黄线以外观看。
三、儿童须由成人全程陪同，不得触摸工作台上的工具和铜件。
四、欢迎拍照分享，但请勿使用闪光灯。
""",
    ),
    dict(
        slug="blog-text-wool-mill-retiree-memory",
        site="老纺工的博客 (invented)",
        style="博客",
        genre="随笔",
        kind="essay",
        form="text",
        source="http://laofanggong.blogbus.fc/logs/20250405.html",
        title="毛纺厂的最后一台老梳毛机",
        record_title="[原创] 毛纺厂的最后一台老梳毛机",
        date="2025-04-05",
        notes="blog; bracketed post time is the date; the document's year in a sentence is no date; tags, comments and archive as chrome",
        page="""
!m 老纺工的博客 —— 纺了一辈子毛线
{T}
!m [2025-04-05 16:22]　|　分类：厂里旧事　|　阅读(211)　评论(6)
{BODY}
!l 标签：毛纺厂　老机器　回忆
!l 网友评论：
!l 织女星：我妈也在梳毛车间干过，看哭了。
!l 博客归档：2025年4月(2)　2025年3月(4)
""",
        body="""
上个月回厂里，听说最后一台老梳毛机要拆了，我特意去看了它一眼。
这台机器是1983年进厂的，我在它旁边站了整整十九年。
那时候车间里机器轰鸣，毛絮飞得满屋都是，下班回家头发都是白的。
如今厂里换了新设备，车间干净得像医院。老机器退休了，我也退休了。
""",
    ),
]
